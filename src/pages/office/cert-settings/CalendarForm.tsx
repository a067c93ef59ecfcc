import { Button, Text, Textarea, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { WorkCalendar } from '@shared/time'
import { dayListText, parseDayList } from '@shared/time'
import type { CertSettingsStore } from './CertSettingsStore'
import { named } from '@/components/a11y'
import { useNotice } from '@/components/Notice/useNotice'

/**
 * 工作日历 (street office): the days off and the 调休 working days that 办结时限 in working days
 * are counted with. Each year the office enters the State Council's arrangement here.
 */
export function CalendarForm({ store }: { store: CertSettingsStore }) {
  const [holidays, setHolidays] = useState<string | null>(null)
  const [workdays, setWorkdays] = useState('')
  const [error, setError] = useState('')
  const notice = useNotice()
  const show = (c: WorkCalendar) => {
    setHolidays(dayListText(c.holidays))
    setWorkdays(dayListText(c.workdays))
  }
  useEffect(() => {
    void store
      .calendar()
      .then(show)
      .catch((e: Error) => setError(e.message))
  }, [store])
  const save = async () => {
    try {
      show(
        await store.saveCalendar({
          holidays: parseDayList(holidays ?? '', '放假日期'),
          workdays: parseDayList(workdays, '调休上班日期'),
        }),
      )
      setError('')
      notice.tell('工作日历已保存')
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <View className='card'>
      <Text className='card-title'>工作日历</Text>
      <Text className='field__hint'>
        办结时限按工作日计算：周一至周五，除去放假日期，加上调休上班日期。每行一个日期（2026-10-01）或一段（2026-10-01~2026-10-07）。
      </Text>
      {holidays === null ? (
        <Text className='muted'>{error || '加载中…'}</Text>
      ) : (
        <View>
          <DayListField label='放假日期' value={holidays} onChange={setHolidays} />
          <DayListField
            label='调休上班日期（周六、周日）'
            value={workdays}
            onChange={setWorkdays}
          />
          {error ? <Text className='field__error'>{error}</Text> : null}
          {notice.status}
          <Button className='btn-primary' onClick={() => void save()}>
            保存工作日历
          </Button>
        </View>
      )}
    </View>
  )
}

/** One list of days, a date or a range per line. */
function DayListField(p: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <View className='field'>
      <Text className='field__label'>{p.label}</Text>
      <Textarea
        {...named(p.label)}
        className='field__input'
        maxlength={-1}
        autoHeight
        value={p.value}
        onInput={(e) => p.onChange(e.detail.value)}
      />
    </View>
  )
}

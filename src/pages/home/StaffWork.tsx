import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import {
  WORK_COUNTS,
  WORK_LABEL,
  workLink,
  type StaffRole,
  type WorkCountKey,
} from '@shared/reports/work-counts'
import { LoadError } from '@/components/StatusView/LoadError'
import { useStores } from '@/stores/context'
import { WorkCountsStore } from '@/stores/WorkCountsStore'
import './StaffWork.css'

/** Counts that mean something is late: shown in red when not zero. */
const LATE: readonly WorkCountKey[] = ['overdue', 'escalations']

/**
 * 我的工作: what a grid worker, property staff or the office has to do, first thing on 首页 —
 * each count opens its own list, filtered (issue 16: staff start where they work).
 */
function StaffWork({ role }: { role: StaffRole }) {
  const root = useStores()
  const [work] = useState(() => new WorkCountsStore(root.services.cloud))
  const { messages } = root
  useDidShow(() => void work.reload())
  useEffect(() => {
    // Shown already (useDidShow fired before this component mounted), and on each live event.
    void work.reload()
  }, [work, messages.changes])
  const { value, status, error } = work.counts
  return (
    <View className='staff-work'>
      <Text className='staff-work__title'>我的工作</Text>
      {status === 'error' && !value ? (
        <LoadError error={error} onRetry={() => void work.reload()} />
      ) : (
        <View className='staff-work__counts'>
          {WORK_COUNTS[role].map((key) => {
            const n = value?.[key]
            const late = LATE.includes(key) && !!n
            return (
              <View
                key={key}
                className={`staff-work__count ${late ? 'staff-work__count--late' : ''}`}
                data-key={key}
                hoverClass='staff-work__count--pressed'
                onClick={() => void Taro.navigateTo({ url: workLink(role, key) })}
              >
                <Text className='staff-work__n'>{n ?? '–'}</Text>
                <Text className='staff-work__label'>{WORK_LABEL[key]}</Text>
              </View>
            )
          })}
        </View>
      )}
    </View>
  )
}

export default observer(StaffWork)

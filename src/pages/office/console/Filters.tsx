import { Picker, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import { useEffect } from 'react'
import { RESIDENT_CATEGORIES } from '@shared/reports'
import { LoadError } from '@/components/StatusView/LoadError'
import { useStores } from '@/stores/context'

/** The narrowing the console adds to a queue; empty fields mean “any”. */
export interface ConsoleFilters {
  categoryKey?: string
  handlerId?: string
  from?: string
  to?: string
  /** The search box (report number, reporter's mobile, words); the desk layout has it. */
  q?: string
}

/** 类型 · 责任方 · 起止日期: pickers a reviewer at a desk or on a phone can both use. */
export const Filters = observer(function Filters({
  value,
  onChange,
}: {
  value: ConsoleFilters
  onChange: (f: ConsoleFilters) => void
}) {
  const cached = useStores().reference.handlers
  useEffect(() => void cached.show(), [cached])
  const handlers = cached.value ?? []
  const cats = RESIDENT_CATEGORIES
  const set = (change: ConsoleFilters) => onChange({ ...value, ...change })
  const label = (v: string | undefined, text: string | undefined, any: string) => (v ? text : any)
  const any = !value.categoryKey && !value.handlerId && !value.from && !value.to
  return (
    <View className='console__filters'>
      <Picker
        mode='selector'
        range={cats.map((c) => c.label)}
        onChange={(e) => set({ categoryKey: cats[Number(e.detail.value)].key })}
      >
        <View className='chip'>
          {label(
            value.categoryKey,
            cats.find((c) => c.key === value.categoryKey)?.label,
            '全部类型',
          )}{' '}
          ▾
        </View>
      </Picker>
      <Picker
        mode='selector'
        range={handlers.map((h) => h.name)}
        onChange={(e) => set({ handlerId: handlers[Number(e.detail.value)]?.id })}
      >
        <View className='chip'>
          {label(
            value.handlerId,
            handlers.find((h) => h.id === value.handlerId)?.name,
            '全部网格/物业',
          )}{' '}
          ▾
        </View>
      </Picker>
      <Picker mode='date' value={value.from ?? ''} onChange={(e) => set({ from: e.detail.value })}>
        <View className='chip'>{value.from ?? '开始日期'} ▾</View>
      </Picker>
      <Picker mode='date' value={value.to ?? ''} onChange={(e) => set({ to: e.detail.value })}>
        <View className='chip'>{value.to ?? '结束日期'} ▾</View>
      </Picker>
      {any ? null : (
        <Text className='chip console__clear' onClick={() => onChange({})}>
          清除筛选
        </Text>
      )}
      {cached.status === 'error' ? (
        <LoadError
          error={`责任方列表加载失败：${cached.error}`}
          onRetry={() => void cached.show()}
        />
      ) : null}
    </View>
  )
})

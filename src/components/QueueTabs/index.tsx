import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import './index.css'

/**
 * Queues as big tiles with their counts (the office's report and application queues). Counts of
 * only the newest matches (`countsCapped`) are lower bounds: 12+, and – where none was counted.
 */
function QueueTabs<F extends string>({
  queues,
  list,
}: {
  queues: Array<[F, string]>
  /** A PagedList: its filter is the open queue, its counts the badges. */
  list: {
    filter: F
    counts: unknown
    countsCapped?: number | null
    show(filter: F): Promise<void>
  }
}) {
  const capped = list.countsCapped ?? null
  const badge = (key: F) => {
    const n = (list.counts as Record<string, number> | null)?.[key]
    if (n === undefined || (capped && n === 0)) return '–'
    return capped ? `${n}+` : String(n)
  }
  return (
    <View className='queue-tabs'>
      {queues.map(([key, label]) => (
        <View
          key={key}
          className={`queue-tabs__tab ${list.filter === key ? 'queue-tabs__tab--on' : ''}`}
          onClick={() => void list.show(key)}
        >
          <Text>{label}</Text>
          <Text className='queue-tabs__count'>{badge(key)}</Text>
        </View>
      ))}
      {capped ? (
        <Text className='muted queue-tabs__note'>
          符合条件的报事超过 {capped} 条，数字只统计了最近的 {capped} 条；加上筛选条件可以缩小范围。
        </Text>
      ) : null}
    </View>
  )
}

export default observer(QueueTabs)

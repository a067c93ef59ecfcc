import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import './index.css'

/** Queues as big tiles with their counts (the office's report and application queues). */
function QueueTabs<F extends string>({
  queues,
  list,
}: {
  queues: Array<[F, string]>
  /** A PagedList: its filter is the open queue, its counts the badges. */
  list: { filter: F; counts: unknown; show(filter: F): Promise<void> }
}) {
  return (
    <View className='queue-tabs'>
      {queues.map(([key, label]) => (
        <View
          key={key}
          className={`queue-tabs__tab ${list.filter === key ? 'queue-tabs__tab--on' : ''}`}
          onClick={() => void list.show(key)}
        >
          <Text>{label}</Text>
          <Text className='queue-tabs__count'>
            {(list.counts as Record<string, number> | null)?.[key] ?? '–'}
          </Text>
        </View>
      ))}
    </View>
  )
}

export default observer(QueueTabs)

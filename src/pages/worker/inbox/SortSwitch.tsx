import { Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { InboxSort } from '@shared/contracts/report'
import { SORTS } from './list'
import './SortSwitch.css'

/** 排序: by time left (a breach first: the default) or newest first; the list reloads in that order. */
function SortSwitch({
  list,
}: {
  list: { params: InboxSort; narrow(sort: InboxSort): Promise<void> }
}) {
  return (
    <View className='inbox-sort'>
      <Text className='muted'>排序</Text>
      {SORTS.map(([key, label]) => (
        <Text
          key={key}
          data-sort={key}
          className={`inbox-sort__opt ${list.params === key ? 'inbox-sort__opt--on' : ''}`}
          onClick={() => void (list.params === key ? undefined : list.narrow(key))}
        >
          {label}
        </Text>
      ))}
    </View>
  )
}

export default observer(SortSwitch)

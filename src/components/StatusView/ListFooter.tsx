import { Button, Text, View } from '@tarojs/components'
import { observer } from 'mobx-react-lite'
import type { PagedList } from '@/stores/PagedList'
import './index.css'

/** Under a paged list: 加载中…, the error with 重试, or what an empty list means. */
function ListFooter<T, F extends string>({
  list,
  empty,
}: {
  list: PagedList<T, F>
  empty: string
}) {
  if (list.status === 'loading') return <Text className='muted list-foot'>加载中…</Text>
  if (list.status === 'error')
    return (
      <View className='card'>
        <Text>{list.error}</Text>
        <Button onClick={() => void list.refresh()}>重试</Button>
      </View>
    )
  if (list.status === 'ready' && !list.items.length)
    return <Text className='muted list-foot'>{empty}</Text>
  return null
}

export default observer(ListFooter)

import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import type { MessageView } from '@shared/contracts/message'
import ListCard from '@/components/ListCard'
import ListFooter from '@/components/StatusView/ListFooter'
import { useStores } from '@/stores/context'
import { useLive } from '@/stores/useLive'
import { usePagedList } from '@/stores/usePagedList'
import { FORMATS, formatBeijing } from '@shared/time'
import './index.css'
import { usePageClass } from '@/components/ElderMode/usePageClass'
import PageHeading from '@/components/PageHeading'

/** 消息: every change to my reports, tasks and applications; opening the list reads them. */
function MessagesPage() {
  const pageClass = usePageClass()
  const { messages } = useStores()
  // A message arriving while the list is open shows up at once.
  const list = usePagedList((root) => root.messages.list, {
    onShown: () => void (messages.unread ? messages.markAllRead() : undefined),
  })
  useLive()
  const open = (m: MessageView) =>
    m.page && void Taro.navigateTo({ url: m.page }).catch(() => undefined)
  return (
    <View className={pageClass}>
      <PageHeading title='消息' />
      {list.items.map((m) => (
        <ListCard
          key={m.id}
          className={`message ${m.read ? '' : 'message--unread'}`}
          title={m.title}
          aside={<Text className='muted'>{formatBeijing(m.createdAt, FORMATS.monthDayTime)}</Text>}
          onClick={() => open(m)}
        >
          <Text className='message__body'>{m.body}</Text>
        </ListCard>
      ))}
      <ListFooter list={list} empty='暂无消息' />
    </View>
  )
}

export default observer(MessagesPage)

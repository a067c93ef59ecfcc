import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect } from 'react'
import type { MessageView } from '@shared/contracts/message'
import { useStores } from '@/stores/context'
import { FORMATS, formatBeijing } from '@shared/time'
import './index.css'

/** 消息: every change to my reports, tasks and applications; opening the list reads them. */
function MessagesPage() {
  const { messages } = useStores()
  useDidShow(
    () =>
      void messages.refresh().then(() => (messages.unread ? messages.markAllRead() : undefined)),
  )
  usePullDownRefresh(() => void messages.refresh().finally(() => Taro.stopPullDownRefresh()))
  useReachBottom(() => void messages.more())
  // A message arriving while the list is open shows up at once.
  useEffect(() => {
    if (messages.changes) void messages.refresh()
  }, [messages, messages.changes])

  const open = (m: MessageView) =>
    m.page && void Taro.navigateTo({ url: m.page }).catch(() => undefined)
  return (
    <View className='page'>
      {messages.items.map((m) => (
        <View
          key={m.id}
          className={`card msg ${m.read ? '' : 'msg--unread'}`}
          onClick={() => open(m)}
        >
          <View className='msg__head'>
            <Text className='msg__title'>{m.title}</Text>
            <Text className='muted'>{formatBeijing(m.createdAt, FORMATS.monthDayTime)}</Text>
          </View>
          <Text className='msg__body'>{m.body}</Text>
        </View>
      ))}
      {messages.status === 'loading' && !messages.items.length ? (
        <Text className='muted msg__foot'>加载中…</Text>
      ) : null}
      {messages.status === 'error' ? <View className='notice'>{messages.error}</View> : null}
      {messages.status === 'ready' && !messages.items.length ? (
        <Text className='muted msg__foot'>暂无消息</Text>
      ) : null}
    </View>
  )
}

export default observer(MessagesPage)

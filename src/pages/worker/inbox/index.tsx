import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import { useStores } from '@/stores/context'
import type { InboxTabKey, ReportSummary } from '@shared/contracts/report'
import { remainingText } from '@shared/reports'
import { PagedList } from '@/stores/PagedList'

import { formatBeijing } from '@shared/time'
import './index.css'

const TABS: Array<[InboxTabKey, string]> = [
  ['pending', '待受理'],
  ['active', '处理中'],
  ['overdue', '已超时'],
  ['done', '已完成'],
]

/** 任务收件箱 for grid workers and property staff: newest and most urgent first. */
function InboxPage() {
  const { services, session, messages } = useStores()
  const [store] = useState(
    () =>
      new PagedList<ReportSummary, InboxTabKey>('pending', (tab, page) =>
        services.cloud.call('report.inbox', { tab, page }),
      ),
  )
  useDidShow(() => void store.refresh())
  usePullDownRefresh(() => void store.refresh().finally(() => Taro.stopPullDownRefresh()))
  useReachBottom(() => void store.more())
  // New tasks arrive on the live stream (H5) and show without a reload.
  useEffect(() => {
    if (messages.changes) void store.refresh()
  }, [store, messages.changes])

  if (session.status === 'ready' && !session.isStaff) {
    return (
      <View className='page'>
        <View className='card'>
          <Text>此页面供网格员和物业人员使用</Text>
        </View>
      </View>
    )
  }
  return (
    <View className='page'>
      <View className='inbox__tabs'>
        {TABS.map(([key, label]) => (
          <View
            key={key}
            className={`inbox__tab ${store.filter === key ? 'inbox__tab--on' : ''}`}
            onClick={() => void store.show(key)}
          >
            {label}
            {store.counts?.[key] ? <Text className='inbox__count'>{store.counts[key]}</Text> : null}
          </View>
        ))}
      </View>
      {store.items.map((r) => (
        <View
          key={r.id}
          className='card inbox__item'
          onClick={() => void Taro.navigateTo({ url: `/pages/worker/task/index?id=${r.id}` })}
        >
          <View className='inbox__row'>
            <Text className='inbox__title'>
              {r.urgency === 'urgent' ? '【紧急】' : ''}
              {r.categoryLabel}
            </Text>
            <Text className='inbox__tag'>{r.statusTag}</Text>
          </View>
          <Text>{r.description}</Text>
          {r.deadline ? (
            <Text
              className={
                r.overdue || Date.parse(r.deadline) < Date.now() ? 'inbox__late' : 'inbox__due'
              }
            >
              {remainingText(Date.parse(r.deadline), Date.now())}
            </Text>
          ) : null}
          <Text className='muted'>
            {r.placeLabel} · {formatBeijing(r.createdAt)}
            {r.followers ? ` · ${r.followers + 1} 人反映` : ''}
          </Text>
        </View>
      ))}
      {store.status === 'loading' ? <Text className='muted inbox__foot'>加载中…</Text> : null}
      {store.status === 'error' ? (
        <View className='card'>
          <Text>{store.error}</Text>
          <Button onClick={() => void store.refresh()}>重试</Button>
        </View>
      ) : null}
      {store.status === 'ready' && store.items.length === 0 ? (
        <Text className='muted inbox__foot'>暂无任务</Text>
      ) : null}
    </View>
  )
}

export default observer(InboxPage)

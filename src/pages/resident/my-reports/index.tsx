import { Button, Image, Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useState } from 'react'
import type { ReportSummary } from '@shared/contracts/report'
import { useStores } from '@/stores/context'
import { PagedList } from '@/stores/PagedList'
import { beijingDay } from '@shared/time'
import './index.css'

const TAG_CLASS: Record<string, string> = {
  待受理: 'wait',
  处理中: 'doing',
  '已吹哨，街道督办中': 'doing',
  已办结: 'done',
  已评价: 'closed',
}

/** 我的报事: drafts waiting to be sent on top, then every report with its status tag. */
function MyReportsPage() {
  const root = useStores()
  const { outbox, messages } = root
  const [store] = useState(
    () =>
      new PagedList<ReportSummary, 'mine'>('mine', (_f, page) =>
        root.services.cloud.call('report.listMine', { page, pageSize: 20 }),
      ),
  )
  const [covers, setCovers] = useState<Record<string, string>>({})
  useDidShow(() => void store.refresh())
  usePullDownRefresh(() => void store.refresh().finally(() => Taro.stopPullDownRefresh()))
  useReachBottom(() => void store.more())
  useEffect(() => {
    if (messages.changes) void store.refresh()
  }, [store, messages.changes])
  useEffect(() => {
    const ids = store.items.flatMap((r) => (r.cover && !covers[r.cover] ? [r.cover] : []))
    if (ids.length)
      void root.services.cloud.getFileUrls(ids).then((m) => setCovers((c) => ({ ...c, ...m })))
  }, [store.items, covers, root])

  const open = (r: ReportSummary) =>
    void Taro.navigateTo({ url: `/pages/resident/report-detail/index?id=${r.id}` })
  return (
    <View className='page'>
      {outbox.items.map((d) => (
        <View key={d.id} className='card mr__item'>
          <View className='mr__body'>
            <Text className='mr__title'>{d.title}</Text>
            <Text className='muted'>{d.status === 'failed' ? d.error : '网络恢复后自动发送'}</Text>
          </View>
          <View className='mr__side'>
            <Text className='mr__tag mr__tag--wait'>
              {d.status === 'sending' ? '发送中' : d.status === 'failed' ? '发送失败' : '待发送'}
            </Text>
            <Button size='mini' onClick={() => void outbox.retry(d.id).then(() => store.refresh())}>
              重新发送
            </Button>
          </View>
        </View>
      ))}
      {store.items.map((r) => (
        <View key={r.id} className='card mr__item' onClick={() => open(r)}>
          {r.cover && covers[r.cover] ? (
            <Image className='mr__cover' src={covers[r.cover]} mode='aspectFill' />
          ) : null}
          <View className='mr__body'>
            <Text className='mr__title'>
              {r.categoryLabel}
              {r.urgency === 'urgent' ? ' · 紧急' : ''}
              {r.mine ? '' : ' · 我也遇到了'}
            </Text>
            <Text className='mr__desc'>{r.description}</Text>
            <Text className='muted'>
              {r.placeLabel} · {beijingDay(r.createdAt)}
            </Text>
          </View>
          <Text className={`mr__tag mr__tag--${TAG_CLASS[r.statusTag] ?? 'other'}`}>
            {r.statusTag}
          </Text>
        </View>
      ))}
      {store.status === 'loading' ? <Text className='muted mr__foot'>加载中…</Text> : null}
      {store.status === 'error' ? (
        <View className='card'>
          <Text>{store.error}</Text>
          <Button onClick={() => void store.refresh()}>重试</Button>
        </View>
      ) : null}
      {store.status === 'ready' && store.items.length === 0 && outbox.items.length === 0 ? (
        <View className='card mr__empty'>
          <Text>还没有报事记录</Text>
          <Button
            className='btn-primary'
            onClick={() =>
              void Taro.redirectTo({ url: '/pages/resident/report/index?target=grid' })
            }
          >
            去报事
          </Button>
        </View>
      ) : null}
      {store.status === 'ready' && !store.hasMore && store.items.length > 0 ? (
        <Text className='muted mr__foot'>没有更多了</Text>
      ) : null}
    </View>
  )
}

export default observer(MyReportsPage)

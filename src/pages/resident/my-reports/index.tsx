import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useRef, useState } from 'react'
import type { ReportSummary } from '@shared/contracts/report'
import ListFooter from '@/components/StatusView/ListFooter'
import type { OutboxItem } from '@/stores/OutboxStore'
import { useStores } from '@/stores/context'
import { usePagedList } from '@/stores/usePagedList'
import { beijingDay } from '@shared/time'
import { MyReportsStore } from './MyReportsStore'
import './index.css'
import { pageUrl } from '@shared/routes'
import { usePageClass } from '@/components/ElderMode/usePageClass'
import PageHeading from '@/components/PageHeading'

const TAG_CLASS: Record<string, string> = {
  待受理: 'wait',
  处理中: 'doing',
  '已吹哨，街道督办中': 'doing',
  已办结: 'done',
  已评价: 'closed',
}

/** What a draft waiting to be sent is doing: the refusal, its photos going up, or waiting. */
function draftNote(d: OutboxItem): string {
  if (d.status === 'failed') return d.error ?? '发送失败'
  if (d.status === 'sending')
    return d.files.some((f) => !f.fileID)
      ? `正在上传照片 ${Math.round((d.progress ?? 0) * 100)}%`
      : '正在发送…'
  const photos = d.files.length ? `（含 ${d.files.length} 张照片）` : ''
  return `已保存在手机上${photos}，网络恢复后自动发送`
}

/** 我的报事: drafts waiting to be sent on top, then every report with its status tag. */
function MyReportsPage() {
  const pageClass = usePageClass()
  const { outbox, services } = useStores()
  const [store] = useState(() => new MyReportsStore(services.cloud))
  const list = usePagedList(() => store.list)
  const { covers } = store
  // A draft the outbox sent in the background (the network came back) now shows as a report.
  const waiting = outbox.pendingCount
  const before = useRef(waiting)
  useEffect(() => {
    if (waiting < before.current) void list.refresh()
    before.current = waiting
  }, [list, waiting])

  const open = (r: ReportSummary) =>
    void Taro.navigateTo({ url: pageUrl('reportDetail', { id: r.id }) })
  return (
    <View className={pageClass}>
      <PageHeading title='我的报事' />
      {outbox.items.map((d) => (
        <View key={d.id} className='card my-reports__item'>
          <View className='my-reports__body'>
            <Text className='my-reports__title'>{d.title}</Text>
            <Text className='muted'>{draftNote(d)}</Text>
          </View>
          <View className='my-reports__side'>
            <Text className='my-reports__tag my-reports__tag--wait'>
              {d.status === 'sending' ? '发送中' : d.status === 'failed' ? '发送失败' : '待发送'}
            </Text>
            <Button size='mini' onClick={() => void outbox.retry(d.id).then(() => list.refresh())}>
              重新发送
            </Button>
          </View>
        </View>
      ))}
      {list.items.map((r) => (
        <View key={r.id} className='card my-reports__item' onClick={() => open(r)}>
          {r.cover && covers[r.cover] ? (
            <Image className='my-reports__cover' src={covers[r.cover]} mode='aspectFill' />
          ) : null}
          <View className='my-reports__body'>
            <Text className='my-reports__title'>
              {r.categoryLabel}
              {r.urgency === 'urgent' ? ' · 紧急' : ''}
              {r.mine ? '' : ' · 我也遇到了'}
            </Text>
            <Text className='my-reports__desc'>{r.description}</Text>
            <Text className='muted'>
              {r.placeLabel} · {beijingDay(r.createdAt)}
            </Text>
          </View>
          <Text className={`my-reports__tag my-reports__tag--${TAG_CLASS[r.statusTag] ?? 'other'}`}>
            {r.statusTag}
          </Text>
        </View>
      ))}
      <ListFooter
        list={list}
        end='没有更多了'
        empty={
          outbox.items.length ? null : (
            <View className='card my-reports__empty'>
              <Text>还没有报事记录</Text>
              <Button
                className='btn-primary'
                onClick={() => void Taro.redirectTo({ url: pageUrl('report', { target: 'grid' }) })}
              >
                去报事
              </Button>
            </View>
          )
        }
      />
    </View>
  )
}

export default observer(MyReportsPage)

import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useRef, useState } from 'react'
import type { OfficeFilter, ReportSummary } from '@shared/contracts/report'
import { useStores } from '@/stores/context'
import { PagedList } from '@/stores/PagedList'
import ListFooter from '@/components/StatusView/ListFooter'
import QueueTabs from '@/components/QueueTabs'
import { Filters, type ConsoleFilters } from './Filters'
import { formatBeijing } from '@shared/time'
import './index.css'

const QUEUES: Array<[OfficeFilter, string]> = [
  ['escalations', '吹哨待办'],
  ['overdue', '已超时'],
  ['pending', '待受理'],
  ['active', '处理中'],
  ['done', '已办结'],
  ['all', '全部'],
]

/** 街道工作台: every report by queue — escalations and overdue first — with counts. */
function ConsolePage() {
  const { services, session, messages } = useStores()
  const [filters, setFilters] = useState<ConsoleFilters>({})
  // Read by the list's fetch: the list object outlives renders.
  const narrow = useRef<ConsoleFilters>({})
  const [list] = useState(
    () =>
      new PagedList<ReportSummary, OfficeFilter>('escalations', (filter, page) =>
        services.cloud.call('report.search', { filter, page, ...narrow.current }),
      ),
  )
  const applyFilters = (f: ConsoleFilters) => {
    narrow.current = f
    setFilters(f)
    void list.refresh()
  }
  useDidShow(() => void list.refresh())
  usePullDownRefresh(() => void list.refresh().finally(() => Taro.stopPullDownRefresh()))
  useReachBottom(() => void list.more())
  useEffect(() => {
    if (messages.changes) void list.refresh()
  }, [list, messages.changes])

  if (session.status === 'ready' && session.role !== 'office') {
    return (
      <View className='page'>
        <View className='card'>
          <Text>此页面供街道工作人员使用</Text>
        </View>
      </View>
    )
  }
  const open = (r: ReportSummary) =>
    void Taro.navigateTo({ url: `/pages/office/report/index?id=${r.id}` })
  return (
    <View className='page'>
      <QueueTabs queues={QUEUES} list={list} />
      <Filters value={filters} onChange={applyFilters} cloud={services.cloud} />
      <Text
        className='console__link'
        onClick={() => void Taro.navigateTo({ url: '/pages/office/limits/index' })}
      >
        时限设置 ›
      </Text>
      {list.items.map((r) => (
        <View key={r.id} className='card console__item' onClick={() => open(r)}>
          <View className='console__row'>
            <Text className='console__title'>
              {r.urgency === 'urgent' ? '【紧急】' : ''}
              {r.categoryLabel} · {r.handlerName}
            </Text>
            <Text className='console__tag'>{r.statusTag}</Text>
          </View>
          <Text>{r.description}</Text>
          <Text className='muted'>
            {r.no} · {r.placeLabel} · {formatBeijing(r.createdAt)}
          </Text>
        </View>
      ))}
      <ListFooter list={list} empty='这里没有报事' />
    </View>
  )
}

export default observer(ConsolePage)

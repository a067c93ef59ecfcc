import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useEffect, useRef, useState } from 'react'
import { RANKING_TEXT } from '@shared/figures'
import { rolePage } from '@/components/RoleGate'
import { pageWhile, PageStatus } from '@/components/StatusView'
import { useXlsxExport } from '@/components/XlsxExport/useXlsxExport'
import { useStores } from '@/stores/context'
import { useWide } from '../office/console/useDesk'
import { FigureChart } from './Chart'
import { Controls } from './Controls'
import { DashboardStore } from './DashboardStore'
import { FollowsSection } from './Follows'
import { BigNumbers } from './Numbers'
import { StreetsView } from './Streets'
import { FigureTable, OverdueTable, RankingTable } from './Tables'
import './index.css'
import './desk.css'

const TREND_FIRST = { day: '日期', week: '周（周一）', month: '月份' } as const

/**
 * 统计看板: the street's figures for a period and scope, the trend and the breakdown as charts
 * (each with its numbers in words), the tables, the overdue list, 红黑榜 and export. At a desk
 * (H5, ≥ 1200 px, as the console) numbers across the top, charts and tables side by side.
 */
function DashboardPage({ district }: { district: boolean }) {
  const root = useStores()
  const [store] = useState(
    () => new DashboardStore(root.services.cloud, root.reference, undefined, district),
  )
  // Mounted once the role is known (after the page's first show): load now, and on each return.
  const shown = useRef(false)
  useEffect(() => {
    store.load()
    shown.current = true
  }, [store])
  useDidShow(() => {
    if (shown.current) store.load()
  })
  const wide = useWide()
  const { exporting, exportXlsx, status } = useXlsxExport(() => store.exportUrl())
  return (
    <View className={`page dashboard ${wide ? 'dashboard--desk' : ''}`}>
      {store.street ? (
        <View className='dashboard__street-bar'>
          <Text className='dashboard__back' onClick={() => store.back()}>
            ‹ 返回全区
          </Text>
          <Text className='card-title'>{store.street.name}</Text>
        </View>
      ) : null}
      <Controls store={store} exporting={exporting} onExport={() => void exportXlsx()} />
      {status}
      {store.showingStreets ? <StreetsView store={store} /> : <DashboardBody store={store} />}
      {store.showingStreets ? <FollowsSection /> : null}
    </View>
  )
}

/** One street's figures: numbers, charts, tables and the quarter's 红黑榜. */
const DashboardBody = observer(function DashboardBody({ store }: { store: DashboardStore }) {
  const d = store.dashboard.value
  const r = store.ranking.value
  const loading = store.dashboard.status === 'loading'
  return (
    <>
      {pageWhile(store.dashboard, () => store.load()) ??
        (d ? (
          <>
            <BigNumbers f={d.figures} />
            <View className='dashboard__charts'>
              {(store.charts ?? []).map((spec) => (
                <View key={spec.key} className='card dashboard__chart'>
                  <FigureChart spec={spec} loading={loading} />
                </View>
              ))}
            </View>
            <View className='dashboard__tables'>
              <View className='card'>
                <Text className='card-title'>趋势</Text>
                <FigureTable first={TREND_FIRST[d.trend.unit]} rows={d.trend.rows} />
              </View>
              <View className='card'>
                <Text className='card-title'>按问题类型</Text>
                <FigureTable first='问题类型' rows={d.byCategory} />
              </View>
              <View className='card'>
                <Text className='card-title'>按网格</Text>
                <FigureTable first='网格' rows={d.byGrid} />
              </View>
              <View className='card'>
                <Text className='card-title'>超时清单（{d.overdue.length}）</Text>
                <OverdueTable rows={d.overdue} />
              </View>
            </View>
          </>
        ) : null)}
      <View className='card'>
        <Text className='card-title'>{store.quarter} 物业红黑榜</Text>
        {r ? <RankingTable rows={r.standings} /> : <Text className='muted'>加载中…</Text>}
        {RANKING_TEXT.map((t) => (
          <Text key={t} className='dashboard__def'>
            {t}
          </Text>
        ))}
      </View>
    </>
  )
})

const Page = observer(DashboardPage)

/** The page once the role is known: the district's view starts from the streets side by side. */
const ByRole = observer(function ByRole() {
  const { session } = useStores()
  if (session.status !== 'ready') return <PageStatus />
  return <Page key={session.role} district={session.role === 'district'} />
})

export default rolePage('figures', ByRole)

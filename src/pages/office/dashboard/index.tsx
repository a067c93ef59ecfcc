import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import { RANKING_TEXT } from '@shared/figures'
import { rolePage } from '@/components/RoleGate'
import { pageWhile } from '@/components/StatusView'
import { useXlsxExport } from '@/components/XlsxExport/useXlsxExport'
import { useStores } from '@/stores/context'
import { useWide } from '../console/useDesk'
import { FigureChart } from './Chart'
import { Controls } from './Controls'
import { DashboardStore } from './DashboardStore'
import { BigNumbers } from './Numbers'
import { FigureTable, OverdueTable, RankingTable } from './Tables'
import './index.css'
import './desk.css'

const TREND_FIRST = { day: '日期', week: '周（周一）', month: '月份' } as const

/**
 * 统计看板: the street's figures for a period and scope, the trend and the breakdown as charts
 * (each with its numbers in words), the tables, the overdue list, 红黑榜 and export. At a desk
 * (H5, ≥ 1200 px, as the console) numbers across the top, charts and tables side by side.
 */
function DashboardPage() {
  const root = useStores()
  const [store] = useState(() => new DashboardStore(root.services.cloud, root.reference))
  useDidShow(() => store.load())
  const wide = useWide()
  const { exporting, exportXlsx } = useXlsxExport(() => store.exportUrl())
  const d = store.dashboard.value
  const r = store.ranking.value
  const loading = store.dashboard.status === 'loading'
  return (
    <View className={`page dashboard ${wide ? 'dashboard--desk' : ''}`}>
      <Controls store={store} exporting={exporting} onExport={() => void exportXlsx()} />
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
    </View>
  )
}

export default rolePage('office', observer(DashboardPage))

import { Button, Picker, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { observer } from 'mobx-react-lite'
import { useState } from 'react'
import type { Figures } from '@shared/figures'
import {
  DEFINITIONS,
  PRESET_LABEL,
  RANKING_TEXT,
  type PeriodPreset,
  type TrendUnit,
} from '@shared/figures'
import { rolePage } from '@/components/RoleGate'
import { pageWhile } from '@/components/StatusView'
import { useStores } from '@/stores/context'
import { DashboardStore } from './DashboardStore'
import { duration, pct } from './format'
import { FigureTable, OverdueTable, RankingTable } from './Tables'
import './index.css'
import { useXlsxExport } from '@/components/XlsxExport/useXlsxExport'

const PRESETS: PeriodPreset[] = ['thisMonth', 'lastMonth', 'thisQuarter', 'custom']
const UNITS: Array<[TrendUnit, string]> = [
  ['day', '按日'],
  ['week', '按周'],
  ['month', '按月'],
]

/** The big numbers, each with its definition in words (src/shared/figures). */
function BigNumbers({ f }: { f: Figures }) {
  const items: Array<[string, string, string]> = [
    ['收到报事', String(f.received), DEFINITIONS.received],
    ['响应率', pct(f.responseRate), DEFINITIONS.responseRate],
    ['按时办结率', pct(f.onTimeRate), DEFINITIONS.onTimeRate],
    ['满意率', pct(f.satisfaction), DEFINITIONS.satisfaction],
    ['评价率', pct(f.ratedShare), DEFINITIONS.ratedShare],
    [
      '受理用时',
      `均 ${duration(f.avgAcceptMin)} · P90 ${duration(f.p90AcceptMin)}`,
      DEFINITIONS.acceptTime,
    ],
    [
      '办结用时',
      `均 ${duration(f.avgResolveMin)} · P90 ${duration(f.p90ResolveMin)}`,
      DEFINITIONS.resolveTime,
    ],
    ['重新办理率', pct(f.reopenedShare), DEFINITIONS.reopenedShare],
    [
      '吹哨',
      `${f.escalations.total}（已办结 ${f.escalations.resolved}，办理中 ${f.escalations.open}）`,
      DEFINITIONS.escalations,
    ],
    [
      '证明申请',
      `${f.certificates.received}（出证 ${f.certificates.issued}，均 ${duration(f.certificates.avgProcessMin)}）`,
      DEFINITIONS.certificates,
    ],
  ]
  return (
    <View className='dashboard__numbers'>
      {items.map(([label, value, def]) => (
        <View key={label} className='dashboard__number'>
          <Text className='dashboard__label'>{label}</Text>
          <Text className='dashboard__value'>{value}</Text>
          <Text className='dashboard__def'>{def}</Text>
        </View>
      ))}
    </View>
  )
}

/** 统计看板: the street's figures for a period, trend, breakdowns, overdue list, 红黑榜, export. */
function DashboardPage() {
  const { services } = useStores()
  const [store] = useState(() => new DashboardStore(services.cloud))
  useDidShow(() => store.load())
  const { exporting, exportXlsx } = useXlsxExport(() => store.exportUrl())
  const d = store.dashboard.value
  const r = store.ranking.value
  const { from, to } = store.period
  return (
    <View className='page'>
      <View className='dashboard__presets'>
        {PRESETS.map((p) => (
          <Text
            key={p}
            className={`dashboard__chip ${store.preset === p ? 'dashboard__chip--on' : ''}`}
            onClick={() => store.choose(p)}
          >
            {PRESET_LABEL[p]}
          </Text>
        ))}
      </View>
      <View className='dashboard__period'>
        {store.preset === 'custom' ? (
          <>
            <Picker
              mode='date'
              value={from}
              onChange={(e) => store.setCustom('from', e.detail.value)}
            >
              <Text className='dashboard__date'>{from}</Text>
            </Picker>
            <Text> 至 </Text>
            <Picker mode='date' value={to} onChange={(e) => store.setCustom('to', e.detail.value)}>
              <Text className='dashboard__date'>{to}</Text>
            </Picker>
          </>
        ) : (
          <Text className='muted'>
            {from} 至 {to}
          </Text>
        )}
      </View>
      <Button className='btn-primary' loading={exporting} onClick={() => void exportXlsx()}>
        导出 Excel
      </Button>
      {pageWhile(store.dashboard, () => store.load()) ??
        (d ? (
          <>
            <BigNumbers f={d.figures} />
            <View className='card'>
              <Text className='card-title'>趋势</Text>
              <View className='dashboard__presets'>
                {UNITS.map(([u, label]) => (
                  <Text
                    key={u}
                    className={`dashboard__chip ${store.unit === u ? 'dashboard__chip--on' : ''}`}
                    onClick={() => store.setUnit(u)}
                  >
                    {label}
                  </Text>
                ))}
              </View>
              <FigureTable
                first={{ day: '日期', week: '周（周一）', month: '月份' }[d.trend.unit]}
                rows={d.trend.rows}
              />
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

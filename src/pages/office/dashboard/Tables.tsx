import { View } from '@tarojs/components'
import type { FigureRow, OverdueRow } from '@shared/contracts/stats'
import { LIST_LABEL, type Standing } from '@shared/figures'
import { formatBeijing } from '@shared/time'
import { DataTable, type TableColumn } from '@/components/DataTable'
import { duration, pct } from './format'

/**
 * A breakdown or the trend as a table, with the count drawn as a CSS bar. The tables stay beside
 * the F2 charts (Chart/): every number exact, on every screen, for reading and for export.
 */
export function FigureTable({ first, rows }: { first: string; rows: FigureRow[] }) {
  const max = Math.max(1, ...rows.map((r) => r.received))
  const bar = (r: FigureRow) => (
    <View className='dashboard__bar' style={{ width: `${(r.received / max) * 100}%` }} />
  )
  const columns: Array<TableColumn<FigureRow>> = [
    { header: first, cell: (r) => r.label },
    { header: '收到', cell: (r) => r.received },
    { header: '', cell: bar, className: 'dashboard__bar-cell' },
    { header: '响应率', cell: (r) => pct(r.responseRate) },
    { header: '按时办结率', cell: (r) => pct(r.onTimeRate) },
    { header: '满意率', cell: (r) => pct(r.satisfaction) },
    { header: '重新办理率', cell: (r) => pct(r.reopenedShare) },
    { header: '平均办结', cell: (r) => duration(r.avgResolveMin) },
  ]
  return <DataTable columns={columns} rows={rows} rowKey={(r) => r.key} empty='期内没有报事' />
}

const OVERDUE_COLUMNS: Array<TableColumn<OverdueRow>> = [
  { header: '编号', cell: (r) => r.no },
  { header: '类型', cell: (r) => r.category },
  { header: '位置', cell: (r) => r.area },
  { header: '承办方', cell: (r) => r.handlerName },
  { header: '状态', cell: (r) => r.state },
  { header: '时限', cell: (r) => formatBeijing(r.deadline) },
]

export function OverdueTable({ rows }: { rows: OverdueRow[] }) {
  return (
    <DataTable columns={OVERDUE_COLUMNS} rows={rows} rowKey={(r) => r.id} empty='没有超时的报事' />
  )
}

const RANKING_COLUMNS: Array<TableColumn<Standing>> = [
  { header: '名次', cell: (s) => s.rank },
  { header: '物业公司', cell: (s) => s.name },
  { header: '得分', cell: (s) => s.score },
  { header: '榜单', cell: (s) => (s.list ? LIST_LABEL[s.list] : '') },
  { header: '报事', cell: (s) => s.received },
  { header: '满意率', cell: (s) => pct(s.satisfaction) },
  { header: '按时办结率', cell: (s) => pct(s.onTimeRate) },
  { header: '重新办理率', cell: (s) => pct(s.reopenedShare) },
]

export function RankingTable({ rows }: { rows: Standing[] }) {
  return (
    <DataTable
      columns={RANKING_COLUMNS}
      rows={rows}
      rowKey={(s) => s.id}
      empty='本季度没有物业公司的报事'
    />
  )
}

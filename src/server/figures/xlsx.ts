import ExcelJS from 'exceljs'
import type { Dashboard, FigureRow, OverdueRow, Ranking } from '../../shared/contracts/stats'
import { DEFINITIONS, LIST_LABEL, RANKING_TEXT, type Standing } from '../../shared/figures'
import { formatBeijing } from '../../shared/time'
import { tableSheet, type TableColumn } from '../xlsx-table'

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`)
const num = (v: number | null) => (v === null ? '—' : v)

const ROW_COLUMNS: Array<TableColumn<FigureRow>> = [
  { header: '收到', width: 8, value: (r) => r.received },
  { header: '响应率', width: 10, value: (r) => pct(r.responseRate) },
  { header: '到期', width: 8, value: (r) => r.due },
  { header: '按时办结率', width: 12, value: (r) => pct(r.onTimeRate) },
  { header: '满意率', width: 10, value: (r) => pct(r.satisfaction) },
  { header: '重新办理率', width: 12, value: (r) => pct(r.reopenedShare) },
  { header: '平均办结(分钟)', width: 16, value: (r) => num(r.avgResolveMin) },
]

function rowsSheet(wb: ExcelJS.Workbook, name: string, first: string, rows: FigureRow[]) {
  tableSheet(wb, name, [{ header: first, width: 20, value: (r) => r.label }, ...ROW_COLUMNS], rows)
}

const OVERDUE_COLUMNS: Array<TableColumn<OverdueRow>> = [
  { header: '编号', width: 20, value: (r) => r.no },
  { header: '问题类型', width: 12, value: (r) => r.category },
  { header: '位置', width: 20, value: (r) => r.area },
  { header: '承办方', width: 20, value: (r) => r.handlerName },
  { header: '状态', width: 12, value: (r) => r.state },
  { header: '时限', width: 18, value: (r) => formatBeijing(r.deadline) },
]

const RANKING_COLUMNS: Array<TableColumn<Standing>> = [
  { header: '名次', width: 6, value: (s) => s.rank },
  { header: '物业公司', width: 24, value: (s) => s.name },
  { header: '得分', width: 8, value: (s) => s.score },
  { header: '榜单', width: 8, value: (s) => (s.list ? LIST_LABEL[s.list] : '') },
  { header: '报事', width: 8, value: (s) => s.received },
  { header: '满意率', width: 10, value: (s) => pct(s.satisfaction) },
  { header: '按时办结率', width: 12, value: (s) => pct(s.onTimeRate) },
  { header: '重新办理率', width: 12, value: (s) => pct(s.reopenedShare) },
]

/**
 * The dashboard as a workbook: 期间汇总 (one sheet fit for a report to the district: every figure
 * with its definition), then every table of the page (trend, by category, by grid, overdue, 红黑榜).
 */
export async function dashboardWorkbook(
  d: Dashboard,
  ranking: Ranking,
  streetName: string,
  scopeName: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = `${streetName}管家小北`
  wb.created = new Date(d.generatedAt)
  const f = d.figures
  const sum = wb.addWorksheet('期间汇总')
  sum.columns = [
    { header: '指标', key: 'k', width: 16 },
    { header: '数值', key: 'v', width: 14 },
    { header: '口径', key: 'def', width: 90 },
  ]
  sum.addRow({ k: '统计范围', v: scopeName, def: `${streetName}` })
  sum.addRow({
    k: '统计期间',
    v: `${d.period.from} 至 ${d.period.to}`,
    def: '北京时间，含首尾两天',
  })
  const lines: Array<[string, string | number, string]> = [
    ['收到报事', f.received, DEFINITIONS.received],
    ['响应率', pct(f.responseRate), DEFINITIONS.responseRate],
    ['按时办结率', pct(f.onTimeRate), `${DEFINITIONS.onTimeRate}（到期 ${f.due} 条）`],
    ['满意率', pct(f.satisfaction), `${DEFINITIONS.satisfaction}（已评价 ${f.rated} 条）`],
    ['评价率', pct(f.ratedShare), DEFINITIONS.ratedShare],
    ['平均受理(分钟)', num(f.avgAcceptMin), DEFINITIONS.acceptTime],
    ['受理用时P90(分钟)', num(f.p90AcceptMin), DEFINITIONS.acceptTime],
    ['平均办结(分钟)', num(f.avgResolveMin), DEFINITIONS.resolveTime],
    ['办结用时P90(分钟)', num(f.p90ResolveMin), DEFINITIONS.resolveTime],
    ['重新办理率', pct(f.reopenedShare), DEFINITIONS.reopenedShare],
    [
      '吹哨',
      f.escalations.total,
      `${DEFINITIONS.escalations}（已办结 ${f.escalations.resolved}，办理中 ${f.escalations.open}，其他 ${f.escalations.other}）`,
    ],
    [
      '证明申请',
      f.certificates.received,
      `${DEFINITIONS.certificates}（已出证 ${f.certificates.issued}，未通过 ${f.certificates.rejected}，待办 ${f.certificates.pending}，平均用时 ${num(f.certificates.avgProcessMin)} 分钟）`,
    ],
  ]
  for (const [k, v, def] of lines) sum.addRow({ k, v, def })
  sum.addRow({ k: '生成时间', v: formatBeijing(d.generatedAt), def: '' })
  sum.getRow(1).font = { bold: true }

  rowsSheet(
    wb,
    '趋势',
    { day: '日期', week: '周(周一)', month: '月份' }[d.trend.unit],
    d.trend.rows,
  )
  rowsSheet(wb, '按问题类型', '问题类型', d.byCategory)
  rowsSheet(wb, '按网格', '网格', d.byGrid)

  tableSheet(wb, '超时清单', OVERDUE_COLUMNS, d.overdue)

  // The scoring rules follow the table (in the company column), so the sheet sent to the
  // district explains itself.
  const rk = tableSheet(wb, '红黑榜', RANKING_COLUMNS, ranking.standings)
  rk.addRow({})
  for (const t of [`${ranking.quarter} 计分规则：`, ...RANKING_TEXT]) rk.addRow([null, t])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

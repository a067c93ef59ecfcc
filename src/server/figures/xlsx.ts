import ExcelJS from 'exceljs'
import type { Dashboard, FigureRow, Ranking } from '../../shared/contracts/stats'
import { DEFINITIONS, RANKING_TEXT } from '../../shared/figures'
import { formatBeijing } from '../../shared/time'
import { tableSheet } from '../xlsx-table'

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`)
const num = (v: number | null) => (v === null ? '—' : v)

const ROW_COLUMNS = [
  { header: '收到', key: 'received', width: 8 },
  { header: '响应率', key: 'responseRate', width: 10 },
  { header: '到期', key: 'due', width: 8 },
  { header: '按时办结率', key: 'onTimeRate', width: 12 },
  { header: '满意率', key: 'satisfaction', width: 10 },
  { header: '重新办理率', key: 'reopenedShare', width: 12 },
  { header: '平均办结(分钟)', key: 'avgResolveMin', width: 16 },
]

function rowsSheet(wb: ExcelJS.Workbook, name: string, first: string, rows: FigureRow[]) {
  tableSheet(
    wb,
    name,
    [{ header: first, key: 'label', width: 20 }, ...ROW_COLUMNS],
    rows.map((r) => ({
      label: r.label,
      received: r.received,
      responseRate: pct(r.responseRate),
      due: r.due,
      onTimeRate: pct(r.onTimeRate),
      satisfaction: pct(r.satisfaction),
      reopenedShare: pct(r.reopenedShare),
      avgResolveMin: num(r.avgResolveMin),
    })),
  )
}

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

  tableSheet(
    wb,
    '超时清单',
    [
      { header: '编号', key: 'no', width: 20 },
      { header: '问题类型', key: 'category', width: 12 },
      { header: '位置', key: 'area', width: 20 },
      { header: '承办方', key: 'handler', width: 20 },
      { header: '状态', key: 'state', width: 12 },
      { header: '时限', key: 'deadline', width: 18 },
    ],
    d.overdue.map((r) => ({ ...r, handler: r.handlerName, deadline: formatBeijing(r.deadline) })),
  )

  // The scoring rules follow the table, so the sheet sent to the district explains itself.
  const rk = tableSheet(
    wb,
    '红黑榜',
    [
      { header: '名次', key: 'rank', width: 6 },
      { header: '物业公司', key: 'name', width: 24 },
      { header: '得分', key: 'score', width: 8 },
      { header: '榜单', key: 'list', width: 8 },
      { header: '报事', key: 'received', width: 8 },
      { header: '满意率', key: 'satisfaction', width: 10 },
      { header: '按时办结率', key: 'onTime', width: 12 },
      { header: '重新办理率', key: 'reopen', width: 12 },
    ],
    ranking.standings.map((s) => ({
      rank: s.rank,
      name: s.name,
      score: s.score,
      list: s.list === 'red' ? '红榜' : s.list === 'black' ? '黑榜' : '',
      received: s.received,
      satisfaction: pct(s.satisfaction),
      onTime: pct(s.onTimeRate),
      reopen: pct(s.reopenedShare),
    })),
  )
  rk.addRow({})
  for (const t of [`${ranking.quarter} 计分规则：`, ...RANKING_TEXT]) rk.addRow({ name: t })
  return Buffer.from(await wb.xlsx.writeBuffer())
}

import ExcelJS from 'exceljs'
import type { GridLedgerRow, Ledger, WorkerLedgerRow } from '../../shared/contracts/ledger'
import { tableSheet, type TableColumn } from '../xlsx-table'

const num = (v: number | null) => (v === null ? '' : v)

type Figures = Pick<GridLedgerRow, 'avgAcceptMin' | 'avgResolveMin' | 'satisfaction'>

/** The figures a grid and a worker both have, the same three columns on both sheets. */
const FIGURE_COLUMNS: Array<TableColumn<Figures>> = [
  { header: '平均受理(分钟)', width: 16, value: (r) => num(r.avgAcceptMin) },
  { header: '平均办结(分钟)', width: 16, value: (r) => num(r.avgResolveMin) },
  { header: '满意度(星)', width: 12, value: (r) => num(r.satisfaction) },
]

const GRID_COLUMNS: Array<TableColumn<GridLedgerRow>> = [
  { header: '网格', width: 20, value: (g) => g.gridName },
  { header: '社区', width: 12, value: (g) => g.communityName },
  { header: '网格员', width: 10, value: (g) => g.workerName },
  { header: '辅助人员', width: 10, value: (g) => g.helpers },
  { header: '绑定住户', width: 10, value: (g) => g.households },
  { header: '报事总数', width: 10, value: (g) => g.total },
  { header: '未办结', width: 10, value: (g) => g.open },
  { header: '已超时', width: 10, value: (g) => g.overdue },
]
const RATED: TableColumn<GridLedgerRow> = { header: '评价数', width: 10, value: (g) => g.rated }

const WORKER_COLUMNS: Array<TableColumn<WorkerLedgerRow>> = [
  { header: '网格员', width: 10, value: (w) => w.name },
  { header: '网格', width: 20, value: (w) => w.gridName },
  { header: '受理', width: 8, value: (w) => w.accepted },
  { header: '办结', width: 8, value: (w) => w.resolved },
]

/** The ledger as a workbook: 网格台账 and 网格员台账, one header row each, frozen. */
export async function ledgerWorkbook(l: Ledger, streetName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = `${streetName}管家小北`
  wb.created = new Date(l.generatedAt)
  tableSheet(wb, '网格台账', [...GRID_COLUMNS, ...FIGURE_COLUMNS, RATED], l.grids)
  tableSheet(wb, '网格员台账', [...WORKER_COLUMNS, ...FIGURE_COLUMNS], l.workers)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

import ExcelJS from 'exceljs'
import type { ReportSummary } from '../../shared/contracts/report'
import { formatBeijing } from '../../shared/time'
import { tableSheet, type TableColumn } from '../xlsx-table'

/** A row of the export: what the table shows, with the description in full. */
export type ExportRow = ReportSummary & { fullDescription: string }

/** The desk table's columns, in its order, then urgency and the full description. */
const COLUMNS: Array<TableColumn<ExportRow>> = [
  { header: '报事编号', width: 18, value: (r) => r.no },
  { header: '受理时间', width: 18, value: (r) => formatBeijing(r.createdAt) },
  { header: '类型', width: 10, value: (r) => r.categoryLabel },
  { header: '地点', width: 24, value: (r) => r.placeLabel },
  { header: '责任方', width: 22, value: (r) => r.handlerName },
  { header: '状态', width: 10, value: (r) => r.statusTag },
  { header: '办理期限', width: 18, value: (r) => (r.deadline ? formatBeijing(r.deadline) : '') },
  { header: '是否超时', width: 10, value: (r) => (r.overdue ? '已超时' : '') },
  { header: '满意度(星)', width: 10, value: (r) => r.stars ?? '' },
  { header: '紧急', width: 6, value: (r) => (r.urgency === 'urgent' ? '是' : '') },
  { header: '问题描述', width: 50, value: (r) => r.fullDescription },
]

/** The console's list as a workbook: one sheet, one row per report; `note` under the last. */
export async function reportsWorkbook(
  rows: ExportRow[],
  streetName: string,
  note: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = `${streetName}管家小北`
  const ws = tableSheet(wb, '报事列表', COLUMNS, rows)
  if (note) ws.addRow([]).getCell(1).value = note
  return Buffer.from(await wb.xlsx.writeBuffer())
}

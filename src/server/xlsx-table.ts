import type ExcelJS from 'exceljs'

/** A column of an exported table: its header, the row key it shows, its width in characters. */
export interface TableColumn {
  header: string
  key: string
  width: number
}

/**
 * One exported table, the way every export of this project lays it out: a sheet with a bold,
 * frozen header row and one row per item.
 */
export function tableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: TableColumn[],
  rows: Array<Record<string, unknown>>,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = columns
  for (const r of rows) ws.addRow(r)
  ws.getRow(1).font = { bold: true }
  return ws
}

import type ExcelJS from 'exceljs'

/** A column of an exported table: its header, its width in characters, what it shows of a row. */
export interface TableColumn<T> {
  header: string
  width: number
  value: (row: T) => ExcelJS.CellValue
}

/**
 * One exported table, the way every export of this project lays it out: a sheet with a bold,
 * frozen header row and one row per item. Each column says what it shows, so a header and its
 * values are written once, side by side.
 */
export function tableSheet<T>(
  wb: ExcelJS.Workbook,
  name: string,
  columns: Array<TableColumn<T>>,
  rows: readonly T[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = columns.map(({ header, width }) => ({ header, width }))
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r)))
  ws.getRow(1).font = { bold: true }
  return ws
}

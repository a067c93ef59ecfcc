import ExcelJS from 'exceljs'
import type { ImportError } from '../../shared/contracts/street-import'
import { SHEETS, type SheetDef } from './sheets'

/** One filled row of a sheet: its spreadsheet row number and its cells by column key as text. */
export interface SheetRow {
  row: number
  cells: Record<string, string>
}

export type Parsed = Record<SheetDef['kind'], SheetRow[]>

/** Rows per sheet past which an import is refused (a street, not a city: see README). */
export const MAX_ROWS_PER_SHEET = 2000

/** What a cell shows, as text: numbers, rich text, formula results, hyperlinks alike. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    return String(v).trim()
  if (v instanceof Date) return v.toISOString()
  const o = v as unknown as Record<string, unknown>
  if (Array.isArray(o.richText))
    return (o.richText as Array<{ text: string }>)
      .map((t) => t.text)
      .join('')
      .trim()
  if ('result' in o) return cellText(o.result as ExcelJS.CellValue)
  if ('text' in o) return String(o.text).trim()
  return ''
}

/** `C 小区编号`: how an error names a column. */
export const columnLabel = (index: number, header: string) =>
  `${String.fromCharCode(64 + index)} ${header}`

/** Headers of row 1 → column index, with the * of required columns and spaces ignored. */
function headerIndex(ws: ExcelJS.Worksheet): Map<string, number> {
  const m = new Map<string, number>()
  ws.getRow(1).eachCell((cell, col) => m.set(cellText(cell.value).replace(/[*＊\s]/g, ''), col))
  return m
}

function readSheet(ws: ExcelJS.Worksheet, def: SheetDef, errors: ImportError[]): SheetRow[] {
  const headers = headerIndex(ws)
  const cols = new Map<string, number>()
  for (const c of def.columns) {
    const at = headers.get(c.header)
    if (at) cols.set(c.key, at)
    else if (c.required)
      errors.push({
        sheet: def.name,
        row: 1,
        column: '',
        message: `缺少“${c.header}”列（第 1 行须是表头）`,
      })
  }
  const rows: SheetRow[] = []
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r)
    const cells: Record<string, string> = {}
    for (const [key, col] of cols) cells[key] = cellText(row.getCell(col).value)
    if (Object.values(cells).some(Boolean)) rows.push({ row: r, cells })
  }
  if (rows.length > MAX_ROWS_PER_SHEET)
    errors.push({
      sheet: def.name,
      row: 0,
      column: '',
      message: `行数过多（${rows.length} 行），每张表至多 ${MAX_ROWS_PER_SHEET} 行，请分批导入`,
    })
  return rows
}

/** Reads every sheet the template has; a missing sheet or column is an error, not a crash. */
export async function parseWorkbook(
  bytes: Buffer,
  errors: ImportError[],
): Promise<{ parsed: Parsed; columnOf: (kind: SheetDef['kind'], key: string) => string }> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    errors.push({
      sheet: '',
      row: 0,
      column: '',
      message: '文件不是有效的 .xlsx 表格，请用模板填写后再上传',
    })
  }
  const parsed = {} as Parsed
  const labels = new Map<string, string>()
  for (const def of SHEETS) {
    const ws = wb.getWorksheet(def.name)
    if (!ws) {
      if (wb.worksheets.length)
        errors.push({ sheet: def.name, row: 0, column: '', message: `缺少工作表“${def.name}”` })
      parsed[def.kind] = []
      continue
    }
    const headers = headerIndex(ws)
    for (const c of def.columns) {
      const at = headers.get(c.header)
      labels.set(`${def.kind}.${c.key}`, at ? columnLabel(at, c.header) : c.header)
    }
    parsed[def.kind] = readSheet(ws, def, errors)
  }
  return { parsed, columnOf: (kind, key) => labels.get(`${kind}.${key}`) ?? key }
}

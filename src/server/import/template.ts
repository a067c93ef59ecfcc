import ExcelJS from 'exceljs'
import { SHEETS } from './sheets'

/**
 * The template an office downloads: a 说明 sheet (what each column takes), then one sheet per
 * kind with its header row (required columns marked *) and example rows to overwrite.
 */
export async function templateWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const help = wb.addWorksheet('说明')
  help.columns = [
    { header: '工作表', width: 12 },
    { header: '列', width: 14 },
    { header: '必填', width: 6 },
    { header: '填写说明', width: 70 },
  ]
  help.getRow(1).font = { bold: true }
  help.addRow([
    '',
    '',
    '',
    '每张表第 1 行是表头，从第 2 行起每行一项；示例行请改为本街道的数据或删除。',
  ])
  help.addRow([
    '',
    '',
    '',
    '上传后先检查全部内容：有错误时列出每处错误（工作表、行、列），一项也不写入。',
  ])
  help.addRow(['', '', '', '全部正确才一次性导入；再次导入时按“编号”更新已有的项，不会重复添加。'])
  for (const def of SHEETS) {
    for (const c of def.columns) help.addRow([def.name, c.header, c.required ? '是' : '', c.hint])
    const ws = wb.addWorksheet(def.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = def.columns.map((c) => ({
      header: c.required ? `${c.header}*` : c.header,
      width: c.key === 'outline' ? 60 : Math.max(12, c.header.length * 3),
    }))
    ws.getRow(1).font = { bold: true }
    for (const e of def.examples) ws.addRow(e)
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

import ExcelJS from 'exceljs'
import type { ReportSummary } from '../../shared/contracts/report'
import { formatBeijing } from '../../shared/time'
import { tableSheet } from '../xlsx-table'

/** The console's table as a workbook: the columns the desk shows, one row per report. */
export async function reportsWorkbook(
  rows: Array<ReportSummary & { fullDescription: string }>,
  streetName: string,
  note: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = `${streetName}管家小北`
  const ws = tableSheet(
    wb,
    '报事列表',
    [
      { header: '报事编号', key: 'no', width: 18 },
      { header: '受理时间', key: 'createdAt', width: 18 },
      { header: '类型', key: 'category', width: 10 },
      { header: '地点', key: 'place', width: 24 },
      { header: '责任方', key: 'handler', width: 22 },
      { header: '状态', key: 'status', width: 10 },
      { header: '办理期限', key: 'deadline', width: 18 },
      { header: '是否超时', key: 'overdue', width: 10 },
      { header: '满意度(星)', key: 'stars', width: 10 },
      { header: '紧急', key: 'urgent', width: 6 },
      { header: '问题描述', key: 'description', width: 50 },
    ],
    rows.map((r) => ({
      no: r.no,
      createdAt: formatBeijing(r.createdAt),
      category: r.categoryLabel,
      place: r.placeLabel,
      handler: r.handlerName,
      status: r.statusTag,
      deadline: r.deadline ? formatBeijing(r.deadline) : '',
      overdue: r.overdue ? '已超时' : '',
      stars: r.stars ?? '',
      urgent: r.urgency === 'urgent' ? '是' : '',
      description: r.fullDescription,
    })),
  )
  if (note) ws.addRow([]).getCell(1).value = note
  return Buffer.from(await wb.xlsx.writeBuffer())
}

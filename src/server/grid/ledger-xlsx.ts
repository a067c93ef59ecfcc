import ExcelJS from 'exceljs'
import type { Ledger } from '../../shared/contracts/ledger'
import { tableSheet } from '../xlsx-table'

const num = (v: number | null) => (v === null ? '' : v)

/** The ledger as a workbook: 网格台账 and 网格员台账, one header row each, frozen. */
export async function ledgerWorkbook(l: Ledger, streetName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = `${streetName}管家小北`
  wb.created = new Date(l.generatedAt)
  tableSheet(
    wb,
    '网格台账',
    [
      { header: '网格', key: 'grid', width: 20 },
      { header: '社区', key: 'community', width: 12 },
      { header: '网格员', key: 'worker', width: 10 },
      { header: '辅助人员', key: 'helpers', width: 10 },
      { header: '绑定住户', key: 'households', width: 10 },
      { header: '报事总数', key: 'total', width: 10 },
      { header: '未办结', key: 'open', width: 10 },
      { header: '已超时', key: 'overdue', width: 10 },
      { header: '平均受理(分钟)', key: 'accept', width: 16 },
      { header: '平均办结(分钟)', key: 'resolve', width: 16 },
      { header: '满意度(星)', key: 'satisfaction', width: 12 },
      { header: '评价数', key: 'rated', width: 10 },
    ],
    l.grids.map((g) => ({
      grid: g.gridName,
      community: g.communityName,
      worker: g.workerName,
      helpers: g.helpers,
      households: g.households,
      total: g.total,
      open: g.open,
      overdue: g.overdue,
      accept: num(g.avgAcceptMin),
      resolve: num(g.avgResolveMin),
      satisfaction: num(g.satisfaction),
      rated: g.rated,
    })),
  )
  tableSheet(
    wb,
    '网格员台账',
    [
      { header: '网格员', key: 'name', width: 10 },
      { header: '网格', key: 'grid', width: 20 },
      { header: '受理', key: 'accepted', width: 8 },
      { header: '办结', key: 'resolved', width: 8 },
      { header: '平均受理(分钟)', key: 'accept', width: 16 },
      { header: '平均办结(分钟)', key: 'resolve', width: 16 },
      { header: '满意度(星)', key: 'satisfaction', width: 12 },
    ],
    l.workers.map((w) => ({
      name: w.name,
      grid: w.gridName,
      accepted: w.accepted,
      resolved: w.resolved,
      accept: num(w.avgAcceptMin),
      resolve: num(w.avgResolveMin),
      satisfaction: num(w.satisfaction),
    })),
  )
  return Buffer.from(await wb.xlsx.writeBuffer())
}

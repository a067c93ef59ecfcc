import type { ActionContext } from '../../../src/server/context'
import { COLL, loadAll as all } from '../../../src/server/db'
import { computeLedger } from '../../../src/server/grid/ledger'
import { ledgerWorkbook } from '../../../src/server/grid/ledger-xlsx'
import type { StoredReport } from '../../../src/server/reports/model'
import type { Action } from '../../../src/server/router'
import type { Ledger } from '../../../src/shared/contracts/ledger'
import { newId } from '../../../src/shared/ids'
import { beijingDay } from '../../../src/shared/time'

/** Loads what the ledger needs; households = residents bound to a building of the grid. */
async function buildLedger(ctx: ActionContext): Promise<Ledger> {
  const { db } = ctx
  const _ = db.command
  const [grids, communities, buildings, users, reports] = await Promise.all([
    all<{
      _id: string
      name: string
      communityId: string
      workerOpenid: string
      helpers?: unknown[]
      retired?: boolean
    }>(db, COLL.grids),
    all<{ _id: string; name: string }>(db, COLL.communities),
    all<{ _id: string; gridId: string }>(db, COLL.buildings),
    all<{ _id: string; name: string; role: string; address?: { buildingId?: string } }>(
      db,
      COLL.users,
      { _id: _.exists(true) },
    ),
    all<StoredReport>(db, COLL.reports),
  ])
  const gridOf = new Map(buildings.map((b) => [b._id, b.gridId]))
  const households: Record<string, number> = {}
  for (const u of users) {
    const g = u.address?.buildingId ? gridOf.get(u.address.buildingId) : undefined
    if (u.role === 'resident' && g) households[g] = (households[g] ?? 0) + 1
  }
  return computeLedger({ grids, communities, people: users, households, reports, now: ctx.now() })
}

/** `grid.ledger` (street office): 网格台账 per grid and per worker. */
export const ledger: Action<'grid.ledger'> = {
  roles: ['office'],
  handle: (ctx) => buildLedger(ctx),
}

/**
 * `grid.exportLedger` (street office): the ledger as .xlsx in cloud storage under exports/, with
 * a temporary download URL (the file stays, so an export can be fetched again).
 */
export const exportLedger: Action<'grid.exportLedger'> = {
  roles: ['office'],
  async handle(ctx) {
    const l = await buildLedger(ctx)
    const { data } = await ctx.db.collection(COLL.streets).limit(1).get()
    const street = (data[0] as { name?: string } | undefined)?.name ?? ''
    const day = beijingDay(ctx.now())
    const cloudPath = `exports/${ctx.openid}/grid-ledger-${day}-${newId().slice(-6)}.xlsx`
    const up = await ctx.cloud.uploadFile({
      cloudPath,
      fileContent: await ledgerWorkbook(l, street),
    })
    const { fileList } = await ctx.cloud.getTempFileURL({ fileList: [up.fileID] })
    return { fileID: up.fileID, url: (fileList[0] as { tempFileURL: string }).tempFileURL }
  },
}

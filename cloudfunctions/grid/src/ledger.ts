import type { ActionContext, UserDoc } from '@server/context'
import { COLL, loadAll as all } from '@server/db'
import { storeExport } from '@server/exports'
import { callerStreet, callerStreetId } from '@server/street-scope'
import { computeLedger, type LedgerInput } from '@server/grid/ledger'
import { gridTallies, residentsPerBuilding, workerTallies } from '@server/grid/ledger-sums'
import { ledgerWorkbook } from '@server/grid/ledger-xlsx'
import type { Action } from '@server/router'
import type { StandInView } from '@shared/contracts/grid'
import type { Ledger } from '@shared/contracts/ledger'
import { newId } from '@shared/ids'
import { beijingDay } from '@shared/time'

/**
 * What the ledger needs: the street's places and workers, and sums the database computes (per
 * grid, per worker, residents per building) — never the reports themselves.
 * Households = residents bound to a building of the grid.
 */
async function buildLedger(ctx: ActionContext): Promise<Ledger> {
  const { db } = ctx
  const _ = db.command
  // The office's own street (street-scope.ts): its grids, communities and buildings; the tallies
  // are keyed by grid, building and worker, so other streets' rows are never looked up.
  const mine = { streetId: await callerStreetId(ctx) }
  const grids = await all<LedgerInput['grids'][number]>(db, COLL.grids, mine)
  const workerIds = grids.map((g) => g.workerOpenid).filter(Boolean)
  const today = beijingDay(ctx.now())
  const [communities, buildings, people, byGrid, byWorker, perBuilding, standing] =
    await Promise.all([
      all<{ _id: string; name: string }>(db, COLL.communities, mine),
      all<{ _id: string; gridId: string }>(db, COLL.buildings, mine),
      all<{ _id: string; name: string }>(db, COLL.users, { _id: _.in(workerIds) }),
      gridTallies(
        db,
        grids.map((g) => g._id),
      ),
      workerTallies(db, workerIds),
      residentsPerBuilding(db),
      all<UserDoc>(db, COLL.users, { 'standIn.to': _.gte(today) }),
    ])
  const households: Record<string, number> = {}
  for (const b of buildings)
    if (perBuilding[b._id]) households[b.gridId] = (households[b.gridId] ?? 0) + perBuilding[b._id]
  const ledger = computeLedger({
    grids,
    communities,
    people,
    households,
    byGrid,
    byWorker,
    now: ctx.now(),
  })
  return { ...ledger, standIns: standInsOf(standing, grids, people) }
}

/** The stand-ins not yet ended, named with their grid and the worker on leave. */
function standInsOf(
  standing: UserDoc[],
  grids: LedgerInput['grids'],
  people: Array<{ _id: string; name: string }>,
): StandInView[] {
  const grid = new Map(grids.filter((g) => !g.retired).map((g) => [g._id, g]))
  const nameOf = new Map(people.map((p) => [p._id, p.name]))
  return standing.flatMap((u) => {
    const s = u.standIn
    const g = s && u.role === 'grid_worker' ? grid.get(s.gridId) : undefined
    if (!s || !g) return []
    const worker = nameOf.get(g.workerOpenid) ?? ''
    return [
      {
        gridId: g._id,
        gridName: g.name,
        workerName: worker,
        openid: u._id,
        name: u.name,
        from: s.from,
        to: s.to,
      },
    ]
  })
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
    const street = (await callerStreet(ctx))?.name ?? ''
    const day = beijingDay(ctx.now())
    const cloudPath = `exports/${ctx.openid}/grid-ledger-${day}-${newId().slice(-6)}.xlsx`
    return storeExport(ctx, cloudPath, await ledgerWorkbook(l, street))
  },
}

import { COLL, loadAll } from '@server/db'
import { allTimeRows } from '@server/figures/rollup-read'
import { activeGrids, getBuilding, lngLatOf } from '@server/places'
import type { Action } from '@server/router'
import { visibleStreetId } from '@server/street-scope'
import { safeKey } from '@shared/figures'

/** `grid.map`: every grid's outline with its worker and open/overdue tasks; the caller's grid. */
export const map: Action<'grid.map'> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  async handle(ctx) {
    const { db, user } = ctx
    const _ = db.command
    // The caller's street's grids only (a caller outside any street: every grid's outline).
    const streetId = await visibleStreetId(ctx)
    const grids = (await activeGrids(db, streetId)).sort((a, b) => a._id.localeCompare(b._id))
    const workerIds = grids.map((g) => g.workerOpenid).filter(Boolean)
    // Every grid's open and overdue counts from its counters (one document per grid, kept by
    // every step in its transaction): no read of the reports at all.
    const handler = (id: string) => `all|handler:${safeKey(id)}`
    const [workers, counts] = await Promise.all([
      loadAll<{ _id: string; name: string }>(db, COLL.users, { _id: _.in(workerIds) }),
      allTimeRows<{ t?: { open?: number; overdue?: number } }>(
        db,
        grids.map((g) => handler(g._id)),
      ),
    ])
    const countOf = (gridId: string, overdueOnly: boolean) =>
      counts.get(handler(gridId))?.t?.[overdueOnly ? 'overdue' : 'open'] ?? 0
    const nameOf = new Map(workers.map((u) => [u._id, u.name]))
    const home = user?.address
    const building = home ? await getBuilding(db, home.buildingId) : null
    return {
      grids: grids.map((g) => ({
        id: g._id,
        name: g.name,
        polygon: g.polygon,
        workerName: nameOf.get(g.workerOpenid) ?? '',
        open: countOf(g._id, false),
        overdue: countOf(g._id, true),
      })),
      mineId: building?.gridId ?? null,
      home: lngLatOf(building?.location),
    }
  },
}

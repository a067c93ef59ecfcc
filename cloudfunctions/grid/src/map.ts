import { COLL } from '../../../src/server/db'
import { activeGrids, getBuilding, lngLatOf } from '../../../src/server/places'
import type { Action } from '../../../src/server/router'
import { OPEN_STATES as open } from '../../../src/shared/reports'

/** `grid.map`: every grid's outline with its worker and open/overdue tasks; the caller's grid. */
export const map: Action<'grid.map'> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  async handle({ db, user }) {
    const _ = db.command
    const grids = (await activeGrids(db)).sort((a, b) => a._id.localeCompare(b._id))
    const workerIds = grids.map((g) => g.workerOpenid).filter(Boolean)
    const [workers, counts] = await Promise.all([
      db
        .collection(COLL.users)
        .where({ _id: _.in(workerIds) })
        .limit(1000)
        .get(),
      Promise.all(
        grids.map((g) =>
          Promise.all([
            db
              .collection(COLL.reports)
              .where({ 'handler.id': g._id, state: _.in(open) })
              .count(),
            db
              .collection(COLL.reports)
              .where({ 'handler.id': g._id, state: _.in(open), overdue: true })
              .count(),
          ]),
        ),
      ),
    ])
    const nameOf = new Map(
      (workers.data as Array<{ _id: string; name: string }>).map((u) => [u._id, u.name]),
    )
    const home = user?.address
    const building = home ? await getBuilding(db, home.buildingId) : null
    return {
      grids: grids.map((g, i) => ({
        id: g._id,
        name: g.name,
        polygon: g.polygon,
        workerName: nameOf.get(g.workerOpenid) ?? '',
        open: counts[i][0].total,
        overdue: counts[i][1].total,
      })),
      mineId: building?.gridId ?? null,
      home: lngLatOf(building?.location),
    }
  },
}

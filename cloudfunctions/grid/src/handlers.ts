import { COLL } from '@server/db'
import type { Action } from '@server/router'

/** `grid.handlers`: every grid and property company a report can be sent to (转派, 派单). */
export const handlers: Action<'grid.handlers'> = {
  roles: ['grid_worker', 'property_staff', 'office'],
  async handle({ db }) {
    const [g, c] = await Promise.all([
      db
        .collection(COLL.grids)
        .where({ retired: db.command.neq(true) })
        .orderBy('_id', 'asc')
        .limit(1000)
        .get(),
      db.collection(COLL.propertyCompanies).orderBy('_id', 'asc').limit(1000).get(),
    ])
    return {
      handlers: [
        ...(g.data as Array<{ _id: string; name: string }>).map((x) => ({
          kind: 'grid' as const,
          id: x._id,
          name: x.name,
        })),
        ...(c.data as Array<{ _id: string; name: string }>).map((x) => ({
          kind: 'property' as const,
          id: x._id,
          name: x.name,
        })),
      ],
    }
  },
}

import type { ActionDef } from '../../../src/server/router'
import type { GridActions } from '../../../src/shared/contracts/grid'

/** `grid.handlers`: every grid and property company a report can be sent to (转派, 派单). */
export const handlers: ActionDef<Record<string, never>, GridActions['grid.handlers']['res']> = {
  roles: ['grid_worker', 'property_staff', 'office'],
  async handle({ db }) {
    const [g, c] = await Promise.all([
      db
        .collection('grids')
        .where({ retired: db.command.neq(true) })
        .orderBy('_id', 'asc')
        .limit(1000)
        .get(),
      db.collection('property_companies').orderBy('_id', 'asc').limit(1000).get(),
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

import { COLL } from '@server/db'
import type { Action } from '@server/router'
import { callerStreetId } from '@server/street-scope'

/**
 * `grid.handlers`: every grid and property company of the caller's street a report can be sent
 * to (转派, 派单) — another street's are not theirs to send to, nor to learn of (street-scope.ts).
 */
export const handlers: Action<'grid.handlers'> = {
  roles: ['grid_worker', 'property_staff', 'office'],
  async handle(ctx) {
    const { db } = ctx
    const streetId = await callerStreetId(ctx)
    const [g, c] = await Promise.all([
      db
        .collection(COLL.grids)
        .where({ streetId, retired: db.command.neq(true) })
        .orderBy('_id', 'asc')
        .limit(1000)
        .get(),
      db
        .collection(COLL.propertyCompanies)
        .where({ streetId })
        .orderBy('_id', 'asc')
        .limit(1000)
        .get(),
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

import { COLL, loadAll } from '@server/db'
import type { Action } from '@server/router'
import { callerStreetId } from '@server/street-scope'

type Named = { _id: string; name: string }

/**
 * `grid.handlers`: every grid and property company of the caller's street a report can be sent
 * to (转派, 派单) — another street's are not theirs to send to, nor to learn of (street-scope.ts).
 */
export const handlers: Action<'grid.handlers'> = {
  roles: ['grid_worker', 'property_staff', 'office'],
  async handle(ctx) {
    const { db } = ctx
    const streetId = await callerStreetId(ctx)
    // Every page of them: one read stops at 1,000 and would drop the rest without a word.
    const [grids, companies] = await Promise.all([
      loadAll<Named>(db, COLL.grids, { streetId, retired: db.command.neq(true) }),
      loadAll<Named>(db, COLL.propertyCompanies, { streetId }),
    ])
    return {
      handlers: [
        ...grids.map((x) => ({
          kind: 'grid' as const,
          id: x._id,
          name: x.name,
        })),
        ...companies.map((x) => ({
          kind: 'property' as const,
          id: x._id,
          name: x.name,
        })),
      ],
    }
  },
}

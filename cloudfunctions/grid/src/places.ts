import { COLL, loadAll } from '@server/db'
import type { Action } from '@server/router'
import { visibleStreetId } from '@server/street-scope'

type Building = { _id: string; name: string; units: string[]; communityId: string }

/**
 * `grid.places`: communities → buildings → units, public to every signed-in user (no people in
 * it). A caller of a street (staff, a resident with a bound home) gets their street's places; one
 * without a street yet (a new resident binding a home) gets every street's.
 */
export const places: Action<'grid.places'> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  async handle(ctx) {
    const { db } = ctx
    const streetId = await visibleStreetId(ctx)
    const where = streetId ? { streetId } : {}
    // Every page of them: a street (or a district) may have more than one read's 1,000.
    const [communities, buildings] = await Promise.all([
      loadAll<{ _id: string; name: string }>(db, COLL.communities, where),
      loadAll<Building>(db, COLL.buildings, where),
    ])
    const byCommunity = new Map<string, Building[]>()
    for (const b of buildings)
      byCommunity.set(b.communityId, [...(byCommunity.get(b.communityId) ?? []), b])
    return {
      communities: communities.map((com) => ({
        _id: com._id,
        name: com.name,
        buildings: (byCommunity.get(com._id) ?? []).map(({ _id, name, units }) => ({
          _id,
          name,
          units,
        })),
      })),
    }
  },
}

import { COLL } from '@server/db'
import type { Action } from '@server/router'
import { visibleStreetId } from '@server/street-scope'

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
    const [c, b] = await Promise.all([
      db.collection(COLL.communities).where(where).orderBy('_id', 'asc').limit(1000).get(),
      db.collection(COLL.buildings).where(where).orderBy('_id', 'asc').limit(1000).get(),
    ])
    const buildings = b.data as Array<{
      _id: string
      name: string
      units: string[]
      communityId: string
    }>
    return {
      communities: (c.data as Array<{ _id: string; name: string }>).map((com) => ({
        _id: com._id,
        name: com.name,
        buildings: buildings
          .filter((x) => x.communityId === com._id)
          .map(({ _id, name, units }) => ({ _id, name, units })),
      })),
    }
  },
}

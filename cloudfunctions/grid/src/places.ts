import { COLL } from '@server/db'
import type { Action } from '@server/router'

/** `grid.places`: communities → buildings → units, public to every signed-in user (no people in it). */
export const places: Action<'grid.places'> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  async handle({ db }) {
    const [c, b] = await Promise.all([
      db.collection(COLL.communities).orderBy('_id', 'asc').limit(1000).get(),
      db.collection(COLL.buildings).orderBy('_id', 'asc').limit(1000).get(),
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

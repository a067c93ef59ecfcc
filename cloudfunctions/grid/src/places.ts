import type { ActionDef } from '../../../src/server/router'
import type { PlaceCommunity } from '../../../src/shared/contracts/grid'

/** `grid.places`: communities → buildings → units, public to every signed-in user (no people in it). */
export const places: ActionDef<Record<string, never>, { communities: PlaceCommunity[] }> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  async handle({ db }) {
    const [c, b] = await Promise.all([
      db.collection('communities').orderBy('_id', 'asc').limit(1000).get(),
      db.collection('buildings').orderBy('_id', 'asc').limit(1000).get(),
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

import { placePoint } from '@server/reports/geo'
import type { Action } from '@server/router'
import { validatePoint } from '@shared/nearest-place'

/**
 * `grid.locate`: the words for a point the resident chose on the map (or the phone's position):
 * the building at it, "<building>附近", or the grid — from the street's own data, the same
 * placing report.create does, so the form shows what the report will say.
 */
export const locate: Action<'grid.locate', { latitude: number; longitude: number }> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  validate: validatePoint,
  async handle({ db }, p) {
    const { label, building } = await placePoint(db, [p.longitude, p.latitude])
    return { label, buildingId: building?._id ?? null }
  },
}

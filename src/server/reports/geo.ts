import { distanceMeters, findGrid } from '../../shared/grid'
import { COLL, type Database } from '../db'
import { lngLatOf, type BuildingDoc, type GridDoc } from '../places'

/** A point counts as at a building when it is this close (phone GPS in a compound is ±20–50 m). */
export const NEAR_BUILDING_M = 80

/** The grid whose polygon holds the point (same polygons the map draws). */
export function findGridOf(point: [number, number], grids: GridDoc[]): GridDoc | null {
  return findGrid(point, grids) as GridDoc | null
}

/** The grid's building nearest to the point, if one is within NEAR_BUILDING_M. */
export async function nearestBuilding(
  db: Database,
  gridId: string,
  point: [number, number],
): Promise<BuildingDoc | null> {
  const { data } = await db.collection(COLL.buildings).where({ gridId }).limit(1000).get()
  let best: { b: BuildingDoc; d: number } | null = null
  for (const b of data as BuildingDoc[]) {
    const at = lngLatOf(b.location)
    if (!at) continue
    const d = distanceMeters(point, at)
    if (d <= NEAR_BUILDING_M && (!best || d < best.d)) best = { b, d }
  }
  return best?.b ?? null
}

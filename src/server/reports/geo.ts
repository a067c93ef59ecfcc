import { AppError } from '../../shared/errors'
import { distanceMeters, findGrid } from '../../shared/grid'
import { placeWords } from '../../shared/nearest-place'
import { COLL, loadAll, type Database } from '../db'
import { activeGrids, lngLatOf, type BuildingDoc, type GridDoc } from '../places'

/** A point counts as at a building when it is this close (phone GPS in a compound is ±20–50 m). */
export const NEAR_BUILDING_M = 80

/** The grid whose polygon holds the point (same polygons the map draws). */
export function findGridOf(point: [number, number], grids: GridDoc[]): GridDoc | null {
  return findGrid(point, grids) as GridDoc | null
}

/** The grid's building nearest to the point, if one is within NEAR_BUILDING_M. */
function nearestOf(buildings: BuildingDoc[], point: [number, number]): BuildingDoc | null {
  let best: { b: BuildingDoc; d: number } | null = null
  for (const b of buildings) {
    const at = lngLatOf(b.location)
    if (!at) continue
    const d = distanceMeters(point, at)
    if (d <= NEAR_BUILDING_M && (!best || d < best.d)) best = { b, d }
  }
  return best?.b ?? null
}

/** A point on the map as the server places it: its grid, the building at it, and its words. */
export interface PointPlace {
  grid: GridDoc
  /** The building the report is at (routes 报物业 to its compound's company), if one is close. */
  building: BuildingDoc | null
  /** 新华小区1号楼 / 新华小区1号楼附近 / the grid: made here from the street's data, never sent. */
  label: string
}

/**
 * Places a point (GCJ-02) by the street's own data: the grid whose polygon holds it, and the
 * grid's buildings for the words. Outside every grid it is not this street's: the resident
 * picks a building instead.
 */
export async function placePoint(db: Database, point: [number, number]): Promise<PointPlace> {
  const grid = findGridOf(point, await activeGrids(db))
  if (!grid) {
    throw new AppError('INVALID_INPUT', '该位置不在本街道的网格内，请改为选择楼栋', {
      location: '该位置不在本街道网格内，请选择楼栋',
    })
  }
  const buildings = await loadAll<BuildingDoc>(db, COLL.buildings, { gridId: grid._id })
  const known = buildings.flatMap((b) => {
    const at = lngLatOf(b.location)
    return at ? [{ name: b.name, at }] : []
  })
  return {
    grid,
    building: nearestOf(buildings, point),
    label: placeWords(point, known) ?? `${grid.name}内`,
  }
}

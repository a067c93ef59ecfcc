import { AppError } from '../shared/errors'
import { COLL, findById, loadAll, type Database } from './db'

/** The stored shapes of the street's places (emulator/seed/haibei.ts has the demo street). */
export interface GridDoc {
  _id: string
  /** The street it belongs to (src/server/street-scope.ts). */
  streetId?: string
  communityId: string
  name: string
  workerOpenid: string
  polygon: Array<Array<[number, number]>>
  retired?: boolean
}
export interface BuildingDoc {
  _id: string
  streetId?: string
  name: string
  communityId: string
  gridId: string
  compoundId: string
  units: string[]
  /** Stored as GeoJSON; wx-server-sdk hands it back as a db.Geo.Point (longitude/latitude). */
  location?: GeoPointLike
}

export type GeoPointLike = {
  type?: 'Point'
  coordinates?: [number, number]
  longitude?: number
  latitude?: number
}

/** [lng, lat] of a stored point, in either shape the SDK may give it. */
export function lngLatOf(p: GeoPointLike | undefined | null): [number, number] | null {
  if (!p) return null
  if (typeof p.longitude === 'number' && typeof p.latitude === 'number')
    return [p.longitude, p.latitude]
  return Array.isArray(p.coordinates) ? [p.coordinates[0], p.coordinates[1]] : null
}
export interface CompoundDoc {
  _id: string
  streetId?: string
  name: string
  communityId: string
  propertyCompanyId: string
}
export interface CompanyDoc {
  _id: string
  streetId?: string
  name: string
  servicePhone: string
}

export const getBuilding = (db: Database, id: string) =>
  findById<BuildingDoc>(db, COLL.buildings, id)
export const getGrid = (db: Database, id: string) => findById<GridDoc>(db, COLL.grids, id)
export const getCompound = (db: Database, id: string) =>
  findById<CompoundDoc>(db, COLL.compounds, id)
export const getCompany = (db: Database, id: string) =>
  findById<CompanyDoc>(db, COLL.propertyCompanies, id)

/** Every grid still in service (of one street, when named). */
export async function activeGrids(db: Database, streetId?: string): Promise<GridDoc[]> {
  const where = { retired: db.command.neq(true), ...(streetId ? { streetId } : {}) }
  return loadAll<GridDoc>(db, COLL.grids, where)
}

/** The building, or a clear error naming what was not found. */
export async function requireBuilding(db: Database, id: string): Promise<BuildingDoc> {
  const b = await getBuilding(db, id)
  if (!b)
    throw new AppError('INVALID_INPUT', '找不到这栋楼，请重新选择地址', {
      location: '找不到这栋楼，请重新选择地址',
    })
  return b
}

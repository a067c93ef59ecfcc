import { AppError } from '../shared/errors'
import type { Database } from './context'

/** The stored shapes of the street's places (emulator/seed/haibei.ts has the demo street). */
export interface GridDoc {
  _id: string
  communityId: string
  name: string
  workerOpenid: string
  polygon: Array<Array<[number, number]>>
  retired?: boolean
}
export interface BuildingDoc {
  _id: string
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
  name: string
  communityId: string
  propertyCompanyId: string
}
export interface CompanyDoc {
  _id: string
  name: string
  servicePhone: string
}

async function byId<T>(db: Database, coll: string, id: string): Promise<T | null> {
  const { data } = await db.collection(coll).where({ _id: id }).limit(1).get()
  return (data[0] as T | undefined) ?? null
}

export const getBuilding = (db: Database, id: string) => byId<BuildingDoc>(db, 'buildings', id)
export const getGrid = (db: Database, id: string) => byId<GridDoc>(db, 'grids', id)
export const getCompound = (db: Database, id: string) => byId<CompoundDoc>(db, 'compounds', id)
export const getCompany = (db: Database, id: string) =>
  byId<CompanyDoc>(db, 'property_companies', id)

/** Every grid still in service (the street has tens, not thousands: one read is enough). */
export async function activeGrids(db: Database): Promise<GridDoc[]> {
  const { data } = await db
    .collection('grids')
    .where({ retired: db.command.neq(true) })
    .limit(1000)
    .get()
  return data as GridDoc[]
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

import { AppError } from '../../shared/errors'
import { standInActive, type ReportHandler } from '../../shared/reports'
import type { UserDoc } from '../context'
import { COLL, findById, type Database } from '../db'
import {
  lngLatOf,
  getCompany,
  getCompound,
  getGrid,
  requireBuilding,
  type BuildingDoc,
  type GridDoc,
} from '../places'
import { placePoint } from './geo'

/** Who handles a report: a grid (its worker) or a property company (its staff). */
export type Handler = ReportHandler

/** Where a report is: a bound building, or a point (and then the building nearest to it, if close). */
export interface Place {
  building: BuildingDoc | null
  grid: GridDoc
  /**
   * Shown to people entitled to it: 新华小区1号楼 2单元 301, or for a point the words the server
   * made from the street's buildings (新华小区1号楼附近) — never numbers, never a client's text.
   */
  label: string
  /** The building, or the grid when no building is near: for everyone else (privacy.ts). */
  area: string
  point: [number, number] | null
}

type Location =
  | { kind: 'address'; buildingId: string; unit?: string; room?: string }
  | { kind: 'point'; latitude: number; longitude: number; address?: string }

/** Resolves the place of a report: the building's grid, or the grid whose polygon holds the point. */
/** How a resolved place is stored on a report (one shape for every way a report is filed). */
export function storedPlace(place: Place) {
  return {
    label: place.label,
    area: place.area,
    buildingId: place.building?._id ?? null,
    gridId: place.grid._id,
    communityId: place.grid.communityId,
    point: place.point,
  }
}

export async function resolvePlace(db: Database, location: Location): Promise<Place> {
  if (location.kind === 'address') {
    const building = await requireBuilding(db, location.buildingId)
    const grid = await getGrid(db, building.gridId)
    if (!grid) throw new AppError('INTERNAL', `楼栋 ${building.name} 未划入网格，请联系街道`)
    const label = [building.name, location.unit, location.room].filter(Boolean).join(' ')
    return { building, grid, label, area: building.name, point: lngLatOf(building.location) }
  }
  const point: [number, number] = [location.longitude, location.latitude]
  const { grid, building, label } = await placePoint(db, point)
  return { building, grid, label, area: building?.name || grid.name, point }
}

/** The handler for a target at a place; a property report needs a building in a managed compound. */
export async function findHandler(
  db: Database,
  target: 'grid' | 'property',
  place: Place,
): Promise<Handler> {
  if (target === 'grid') return handlerOf(db, { kind: 'grid', id: place.grid._id })
  const compound = place.building ? await getCompound(db, place.building.compoundId) : null
  if (!compound) {
    throw new AppError('INVALID_INPUT', '这个位置没有物业公司，请改为报网格员', {
      target: '此处无物业公司，请报网格员',
    })
  }
  return handlerOf(db, { kind: 'property', id: compound.propertyCompanyId })
}

/** The grid workers standing in for a grid on `now`'s Beijing day (grid.setStandIn). */
export async function standInsOf(db: Database, gridId: string, now: Date): Promise<UserDoc[]> {
  const { data } = await db
    .collection(COLL.users)
    .where({ 'standIn.gridId': gridId })
    .limit(20)
    .get()
  return (data as UserDoc[]).filter(
    (u) => u.role === 'grid_worker' && standInActive(u.standIn, now),
  )
}

/**
 * The people who hold a report's handler NOW: the grid's worker and, during a leave, their
 * stand-in; or the company's staff. New-task notices go to them, never to the list copied into
 * the report when it came in. Without `now` a stand-in is not counted.
 */
export async function currentStaff(
  db: Database,
  ref: { kind: 'grid' | 'property'; id: string },
  now?: Date,
): Promise<string[]> {
  if (ref.kind === 'grid') {
    const grid = await getGrid(db, ref.id)
    if (!grid || grid.retired) return []
    const standIns = now ? (await standInsOf(db, ref.id, now)).map((u) => u._id) : []
    return [...new Set([grid.workerOpenid, ...standIns].filter(Boolean))]
  }
  const { data } = await db
    .collection(COLL.users)
    .where({ role: 'property_staff', companyId: ref.id })
    .limit(100)
    .get()
  return (data as Array<{ _id: string }>).map((u) => u._id)
}

/**
 * A grid (its worker) or a company (all its staff) as a report's handler, by id. With `streetId`
 * (a 转派/派单 of a report of that street) another street's grid or company is not found: a
 * report never leaves its street's hands.
 */
export async function handlerOf(
  db: Database,
  ref: { kind: 'grid' | 'property'; id: string },
  streetId?: string,
): Promise<Handler> {
  const elsewhere = (d: { streetId?: string }) => !!streetId && d.streetId !== streetId
  if (ref.kind === 'grid') {
    const grid = await getGrid(db, ref.id)
    if (!grid || grid.retired || elsewhere(grid))
      throw new AppError('INVALID_INPUT', '找不到这个网格', { to: '找不到这个网格' })
    const worker = grid.workerOpenid
      ? await findById<UserDoc>(db, COLL.users, grid.workerOpenid)
      : null
    return {
      kind: 'grid',
      id: grid._id,
      name: grid.name,
      staffOpenids: grid.workerOpenid ? [grid.workerOpenid] : [],
      contactName: worker?.name ?? '网格员',
      contactPhone: worker?.phone ?? '',
    }
  }
  const company = await getCompany(db, ref.id)
  if (!company || elsewhere(company))
    throw new AppError('INVALID_INPUT', '找不到这家物业公司', { to: '找不到这家物业公司' })
  return {
    kind: 'property',
    id: company._id,
    name: company.name,
    staffOpenids: await currentStaff(db, { kind: 'property', id: company._id }),
    contactName: `${company.name}客服`,
    contactPhone: company.servicePhone,
  }
}

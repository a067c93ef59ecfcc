import { isId } from '../checks'
import { AppError } from '../errors'
import type { LngLat, Polygon } from './geometry'

/**
 * The street's places as stored (emulator/seed/haibei.ts holds the demo street 海北街道):
 * street → communities (社区) → grids (网格, drawn as polygons) and compounds (小区, each with
 * its property company) → buildings (楼栋) → units and rooms, which a resident binds as home.
 */

/** A GeoJSON point, as CloudBase's db.Geo stores one. */
export interface GeoPoint {
  type: 'Point'
  coordinates: LngLat
}

/** The street office (街道): one tenant of the environment (src/shared/streets.ts). */
export type { Street } from '../streets'

export interface Community {
  _id: string
  streetId: string
  name: string
  phone?: string
}

/** Someone who helps the grid worker: a volunteer or a party member household (党员中心户). */
export interface GridHelper {
  name: string
  phone: string
  kind: 'volunteer' | 'party_member'
}

/** A grid (网格): one worker's patch, drawn on the map and used to route reports. */
export interface Grid {
  _id: string
  communityId: string
  name: string
  /** [lng, lat] rings: the outline, then any holes. */
  polygon: Polygon
  /** The grid's party branch (网格党支部), when it has one. */
  partyBranch?: string
  /** The grid worker (网格员) who receives its tasks. */
  workerOpenid: string
  helpers: GridHelper[]
  /** A retired grid keeps its history but takes no new reports. */
  retired?: boolean
}

/** A residential compound (小区) and who manages it. */
export interface Compound {
  _id: string
  communityId: string
  name: string
  propertyCompanyId: string
}

export interface PropertyCompany {
  _id: string
  name: string
  servicePhone: string
}

export interface Building {
  _id: string
  communityId: string
  gridId: string
  compoundId: string
  /** As residents say it: 新华小区1号楼. */
  name: string
  /** 1单元, 2单元 …; empty for a building without units. */
  units: string[]
  location: GeoPoint
}

/** A resident's home: the building they picked, then the unit and room they typed. */
export interface AddressBinding {
  communityId: string
  buildingId: string
  /** Empty when the building has no units. */
  unit: string
  room: string
}

/** Longest unit or room text. */
export const UNIT_ROOM_MAX = 20
const PART = /^[\p{L}\p{N}_\-#()（）]*$/u

/** Checks an address binding field by field; messages keyed by field (communityId, buildingId, unit, room). */
export function checkBinding(input: unknown): {
  value: AddressBinding
  fields: Record<string, string>
} {
  const v = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>
  const fields: Record<string, string> = {}
  const id = (k: 'communityId' | 'buildingId', msg: string): string => {
    if (!isId(v[k])) fields[k] = msg
    return typeof v[k] === 'string' ? (v[k] as string) : ''
  }
  const part = (k: 'unit' | 'room', name: string, required: boolean): string => {
    const raw = v[k] ?? ''
    const s = typeof raw === 'string' ? raw.trim() : ''
    if (typeof raw !== 'string' || !PART.test(s)) fields[k] = `${name}格式有误`
    else if (required && !s) fields[k] = `请填写${name}`
    else if ([...s].length > UNIT_ROOM_MAX) fields[k] = `${name}不能超过 ${UNIT_ROOM_MAX} 字`
    return s
  }
  const value: AddressBinding = {
    communityId: id('communityId', '请选择社区'),
    buildingId: id('buildingId', '请选择楼栋'),
    unit: part('unit', '单元', false),
    room: part('room', '房号', true),
  }
  return { value, fields }
}

/**
 * Checks and trims an address binding. Throws INVALID_INPUT with a Chinese message per field.
 * Whether the building exists and holds the unit is the server's part: {@link bindingMismatch}.
 */
export function validateBinding(input: unknown): AddressBinding {
  const { value, fields } = checkBinding(input)
  const messages = Object.values(fields)
  if (messages.length) throw new AppError('INVALID_INPUT', messages[0], fields)
  return value
}

/** Why a binding does not fit its stored building (wrong community, unknown unit), or null. */
export function bindingMismatch(b: AddressBinding, building: Building): string | null {
  if (building._id !== b.buildingId || building.communityId !== b.communityId)
    return '所选楼栋不属于该社区，请重新选择'
  if (building.units.length ? !building.units.includes(b.unit) : b.unit !== '')
    return '所选单元不存在，请重新选择'
  return null
}

import { isId } from '../checks'
import { AppError } from '../errors'
import { MOBILE_PATTERN } from '../identity/phone'
import type { Polygon } from './geometry'
import type { GridHelper } from './model'

/** What the street office edits of a grid. A new grid needs every field; an edit may omit the outline. */
export interface GridEdit {
  /** Absent: a new grid. */
  id?: string
  communityId: string
  name: string
  partyBranch: string
  helpers: GridHelper[]
  polygon?: Polygon
}

/**
 * The outline as typed at a desk: `lng,lat lng,lat …` (one ring, at least 3 corners; closed
 * automatically), inside China's bounds. Returns null with `f.polygon` set when it is not one.
 */
export function parseOutline(text: unknown, f: Record<string, string>): Polygon | null {
  const pts = typeof text === 'string' ? text.trim().split(/\s+/).filter(Boolean) : []
  const ring = pts.map((p) => p.split(',').map(Number) as [number, number])
  const ok =
    ring.length >= 3 &&
    ring.every((c) => c.length === 2 && c[0] > 73 && c[0] < 136 && c[1] > 3 && c[1] < 54)
  if (!ok) {
    f.polygon = '网格边界应为至少 3 个“经度,纬度”坐标，用空格分开'
    return null
  }
  const [a, z] = [ring[0], ring[ring.length - 1]]
  return [a[0] === z[0] && a[1] === z[1] ? ring : [...ring, a]]
}

/** Checks `grid.saveGrid`; throws INVALID_INPUT with a Chinese message per field. */
export function validateGridEdit(input: unknown): GridEdit {
  const v = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>
  const f: Record<string, string> = {}
  if (v.id !== undefined && !isId(v.id)) f.id = '网格编号有误'
  if (!isId(v.communityId)) f.communityId = '请选择社区'
  const name = typeof v.name === 'string' ? v.name.trim() : ''
  if (!name || [...name].length > 30) f.name = '网格名称应为 1–30 字'
  const party = typeof v.partyBranch === 'string' ? v.partyBranch.trim() : ''
  if ([...party].length > 40) f.partyBranch = '党支部名称不能超过 40 字'
  const helpers = Array.isArray(v.helpers) ? (v.helpers as Array<Record<string, unknown>>) : []
  if (v.helpers !== undefined && !Array.isArray(v.helpers)) f.helpers = '辅助人员格式有误'
  const cleaned = helpers.map((h) => ({
    name: typeof h?.name === 'string' ? h.name.trim() : '',
    phone: typeof h?.phone === 'string' ? h.phone.trim() : '',
    kind: h?.kind === 'party_member' ? ('party_member' as const) : ('volunteer' as const),
  }))
  if (cleaned.length > 20) f.helpers = '辅助人员最多 20 人'
  else if (cleaned.some((h) => !h.name || [...h.name].length > 20 || !MOBILE_PATTERN.test(h.phone)))
    f.helpers = '每位辅助人员需填写姓名和 11 位手机号码'
  const polygon =
    v.polygon === undefined && v.id !== undefined ? undefined : parseOutline(v.polygon, f)
  const first = Object.values(f)[0]
  if (first) throw new AppError('INVALID_INPUT', first, f)
  return {
    ...(v.id ? { id: v.id as string } : {}),
    communityId: v.communityId as string,
    name,
    partyBranch: party,
    helpers: cleaned,
    ...(polygon ? { polygon } : {}),
  }
}

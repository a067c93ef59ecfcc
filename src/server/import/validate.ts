import gcoord from 'gcoord'
import type { ImportError } from '../../shared/contracts/street-import'
import { centroid, pointInPolygon, type LngLat, type Polygon } from '../../shared/grid/geometry'
import { parseOutline } from '../../shared/grid/edit'
import type { Parsed, SheetRow } from './parse'
import { SHEETS, sheetOf, type SheetDef } from './sheets'

/**
 * Checks a parsed workbook as a whole — each cell, duplicate codes, references between sheets
 * (a compound's community, a building's grid …, found in the file or already in the street) and
 * whether each building stands inside its grid — and turns it into the documents to write.
 * Every problem is collected; nothing stops at the first.
 */
type Kind = SheetDef['kind']

/** An item of the street as stored: what a re-import matches by code and keeps. */
export interface Existing {
  _id: string
  code?: string
  polygon?: Polygon
  [k: string]: unknown
}

export interface Planned {
  id: string
  code: string
  fields: Record<string, unknown>
}

const CODE = /^[A-Za-z0-9_-]{1,32}$/
const PHONE = /^[\d+\-\s()]{5,20}$/
const len = (s: string) => [...s].length
const point = (p: LngLat) => ({ type: 'Point', coordinates: p })

/** `GCJ-02` (default) or `WGS-84`, in the spellings people type. */
function crsOf(v: string): 'GCJ02' | 'WGS84' | null {
  const k = v.replace(/[\s_-]/g, '').toUpperCase()
  if (!k || k === 'GCJ02') return 'GCJ02'
  return k === 'WGS84' ? 'WGS84' : null
}

const toGcj = (p: LngLat, crs: 'GCJ02' | 'WGS84'): LngLat =>
  crs === 'WGS84' ? (gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as LngLat) : p

export function planImport(
  parsed: Parsed,
  existing: Record<Kind, Existing[]>,
  streetId: string,
  columnOf: (kind: Kind, key: string) => string,
  errors: ImportError[],
): Record<Kind, Planned[]> {
  const fail = (kind: Kind, r: SheetRow, key: string, message: string) =>
    errors.push({
      sheet: sheetOf(kind).name,
      row: r.row,
      column: key ? columnOf(kind, key) : '',
      message,
    })

  // Codes first: every sheet's code → id, so references can be resolved in any order.
  const ids = {} as Record<Kind, Map<string, string>>
  for (const def of SHEETS) {
    const byCode = new Map(existing[def.kind].filter((d) => d.code).map((d) => [d.code!, d._id]))
    const seen = new Map<string, number>()
    for (const r of parsed[def.kind]) {
      const c = r.cells.code
      if (!c) fail(def.kind, r, 'code', '编号不能为空')
      else if (!CODE.test(c))
        fail(def.kind, r, 'code', `编号“${c.slice(0, 40)}”只能用字母、数字、- 和 _，至多 32 位`)
      else if (seen.has(c)) fail(def.kind, r, 'code', `编号“${c}”与第 ${seen.get(c)} 行重复`)
      else seen.set(c, r.row)
      if (c && CODE.test(c) && !byCode.has(c)) byCode.set(c, `${def.prefix}-${streetId}-${c}`)
    }
    ids[def.kind] = byCode
  }
  const ref = (kind: Kind, r: SheetRow, key: string, target: Kind, required: boolean) => {
    const c = r.cells[key] ?? ''
    if (!c) {
      if (required) fail(kind, r, key, `请填写${sheetOf(target).name}编号`)
      return ''
    }
    const id = ids[target].get(c)
    if (!id) fail(kind, r, key, `“${sheetOf(target).name}”表中没有编号“${c.slice(0, 40)}”`)
    return id ?? ''
  }
  const text = (
    kind: Kind,
    r: SheetRow,
    key: string,
    max: number,
    what: string,
    required = true,
  ) => {
    const v = r.cells[key] ?? ''
    if (!v && required) fail(kind, r, key, `${what}不能为空`)
    else if (len(v) > max) fail(kind, r, key, `${what}至多 ${max} 字`)
    return v
  }
  const phone = (kind: Kind, r: SheetRow, key: string) => {
    const v = r.cells[key] ?? ''
    if (v && !PHONE.test(v))
      fail(kind, r, key, `电话“${v.slice(0, 30)}”格式不对，应为座机或手机号码`)
    return v
  }
  const int = (kind: Kind, r: SheetRow, key: string, min: number, max: number, what: string) => {
    const n = Number(r.cells[key])
    if (!r.cells[key] || !Number.isInteger(n) || n < min || n > max)
      fail(kind, r, key, `${what}应为 ${min}–${max} 的整数`)
    return n
  }
  const crs = (kind: Kind, r: SheetRow) => {
    const c = crsOf(r.cells.crs ?? '')
    if (!c) fail(kind, r, 'crs', '坐标系只能填 GCJ-02 或 WGS-84')
    return c ?? 'GCJ02'
  }

  const plan = {} as Record<Kind, Planned[]>
  const row = (kind: Kind, r: SheetRow, fields: Record<string, unknown>): Planned => ({
    id: ids[kind].get(r.cells.code) ?? '',
    code: r.cells.code,
    fields: { streetId, code: r.cells.code, ...fields },
  })
  plan.communities = parsed.communities.map((r) =>
    row('communities', r, {
      name: text('communities', r, 'name', 30, '社区名称'),
      phone: phone('communities', r, 'phone'),
    }),
  )
  plan.companies = parsed.companies.map((r) =>
    row('companies', r, {
      name: text('companies', r, 'name', 40, '公司名称'),
      servicePhone: phone('companies', r, 'phone'),
    }),
  )
  plan.compounds = parsed.compounds.map((r) =>
    row('compounds', r, {
      name: text('compounds', r, 'name', 30, '小区名称'),
      communityId: ref('compounds', r, 'community', 'communities', true),
      propertyCompanyId: ref('compounds', r, 'company', 'companies', false),
    }),
  )
  const polygons = new Map(existing.grids.filter((g) => g.polygon).map((g) => [g._id, g.polygon!]))
  const gridNames = new Map<string, string>()
  plan.grids = parsed.grids.map((r) => {
    const c = crs('grids', r)
    const f: Record<string, string> = {}
    const raw = (r.cells.outline ?? '').replace(/[;；]/g, ' ').replace(/，/g, ',')
    const converted = raw
      .split(/\s+/)
      .filter(Boolean)
      .map((p) => {
        const [lng, lat] = p.split(',').map(Number)
        return Number.isFinite(lng) && Number.isFinite(lat) ? toGcj([lng, lat], c).join(',') : p
      })
      .join(' ')
    const polygon = parseOutline(converted, f)
    if (!polygon) fail('grids', r, 'outline', f.polygon)
    const p = row('grids', r, {
      name: text('grids', r, 'name', 30, '网格名称'),
      communityId: ref('grids', r, 'community', 'communities', true),
      partyBranch: text('grids', r, 'partyBranch', 40, '党支部名称', false),
      ...(polygon ? { polygon, center: point(centroid(polygon)) } : {}),
    })
    if (polygon && p.id) polygons.set(p.id, polygon)
    gridNames.set(p.id, String(p.fields.name))
    return p
  })
  const compoundCommunity = new Map([
    ...existing.compounds.map((d) => [d._id, String(d.communityId ?? '')] as const),
    ...plan.compounds.map((p) => [p.id, String(p.fields.communityId)] as const),
  ])
  plan.buildings = parsed.buildings.map((r) => {
    const c = crs('buildings', r)
    const lng = Number(r.cells.lng)
    const lat = Number(r.cells.lat)
    const okLng = r.cells.lng && lng > 73 && lng < 136
    const okLat = r.cells.lat && lat > 3 && lat < 54
    if (!okLng) fail('buildings', r, 'lng', '经度应为 73–136 之间的数（中国境内）')
    if (!okLat) fail('buildings', r, 'lat', '纬度应为 3–54 之间的数（中国境内）')
    const at = okLng && okLat ? toGcj([lng, lat], c) : null
    const gridId = ref('buildings', r, 'grid', 'grids', true)
    const outline = polygons.get(gridId)
    if (at && outline && !pointInPolygon(at, outline))
      fail(
        'buildings',
        r,
        'lng',
        `楼栋位置不在网格“${gridNames.get(gridId) ?? r.cells.grid}”的边界内`,
      )
    const units = (r.cells.units ?? '').split(/[,，、\s]+/).filter(Boolean)
    if (!units.length || units.length > 30 || units.some((u) => len(u) > 10))
      fail('buildings', r, 'units', '单元应为用逗号分开的 1–30 个名称，如 1单元,2单元')
    const compoundId = ref('buildings', r, 'compound', 'compounds', true)
    return row('buildings', r, {
      name: text('buildings', r, 'name', 30, '楼栋名称'),
      compoundId,
      communityId: compoundCommunity.get(compoundId) ?? '',
      gridId,
      units,
      floors: int('buildings', r, 'floors', 1, 100, '层数'),
      roomsPerFloor: int('buildings', r, 'rooms', 1, 50, '每层户数'),
      ...(at ? { location: point(at) } : {}),
    })
  })
  return plan
}

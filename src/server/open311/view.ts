import gcoord from 'gcoord'
import { STATES, categoryLabel } from '../../shared/reports'
import type { Cloud } from '../context'
import { COLL, type Database } from '../db'
import { shownFiles } from '../media-check'
import { lngLatOf, type BuildingDoc } from '../places'
import type { StoredReport } from '../reports/model'
import type { Row } from './format'
import { PUBLIC_PHOTO_CATEGORIES } from './services'

/**
 * A report as the outside sees it through GeoReport: never a name, phone or room. The place is
 * the building (its name and position) or, for a point away from buildings, the grid's name and
 * the point rounded to ~100 m; handler = the grid or company, not a person.
 */

/** The spec's date format: ISO 8601 with a zone (UTC here, `Z`). */
export const isoTime = (d: Date | string | number | undefined | null): string =>
  d ? new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z') : ''

/** Mobile and landline numbers, ID numbers typed into a description: masked before it leaves. */
const DIGITS = /(?:\+?86[-\s]?)?(?:1[3-9]\d{9}|0\d{2,3}[-\s]?\d{7,8}|\d{17}[\dXx]|\d{7,})/g
export const scrubText = (s: string): string => s.replace(DIGITS, '***')

/** Open for anyone still to act; closed once fixed or finished (FixMyStreet's mapping). */
export const open311Status = (r: Pick<StoredReport, 'state'>): 'open' | 'closed' =>
  STATES[r.state].group === 'open' ? 'open' : 'closed'

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits

/** GeoReport's lat/long are WGS-84; the street's maps store GCJ-02 (WeChat's). */
function wgs84(p: [number, number], digits: number): { lat: number; long: number } {
  const [lng, lat] = gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84) as [number, number]
  return { lat: round(lat, digits), long: round(lng, digits) }
}

/** The buildings of these reports, by id, in one read (the SDK's `in`). */
export async function buildingsOf(
  db: Database,
  reports: StoredReport[],
): Promise<Map<string, BuildingDoc>> {
  const ids = [...new Set(reports.map((r) => r.place.buildingId).filter((x): x is string => !!x))]
  if (!ids.length) return new Map()
  const { data } = await db
    .collection(COLL.buildings)
    .where({ _id: db.command.in(ids) })
    .limit(1000)
    .get()
  return new Map((data as BuildingDoc[]).map((b) => [b._id, b]))
}

/** Short-lived links (10 minutes) to the first photo of each public-category report. */
export async function mediaUrls(
  cloud: Cloud,
  reports: StoredReport[],
): Promise<Map<string, string>> {
  // The first photo residents may see: one WeChat's image check hid is never published.
  const firsts = reports
    .filter((r) => PUBLIC_PHOTO_CATEGORIES.has(r.categoryKey))
    .map((r) => [r._id, shownFiles(r.photos ?? [], r.hiddenFiles, false)[0]] as const)
    .filter((x): x is readonly [string, string] => !!x[1])
  if (!firsts.length) return new Map()
  const { fileList } = (await cloud.getTempFileURL({
    fileList: firsts.map(([, fileID]) => ({ fileID, maxAge: 600 })),
  })) as { fileList: Array<{ fileID: string; tempFileURL?: string }> }
  const url = new Map(fileList.map((f) => [f.fileID, f.tempFileURL ?? '']))
  return new Map(firsts.map(([id, fileID]) => [id, url.get(fileID) ?? '']))
}

/** The last step's label and when, for status_notes: what changed, never who wrote what. */
function statusNotes(r: StoredReport): string {
  const label = STATES[r.state].label
  return r.department && r.state === 'assigned' ? `${label}：${r.department.name}` : label
}

export interface ViewContext {
  streetName: string
  buildings: Map<string, BuildingDoc>
  media: Map<string, string>
}

/** One GeoReport `request` row. */
export function requestRow(r: StoredReport, v: ViewContext): Row {
  const building = r.place.buildingId ? v.buildings.get(r.place.buildingId) : undefined
  const gcj = building ? lngLatOf(building.location) : r.place.point
  // The building's own position; a bare point only to ~100 m (3 decimals), never a doorstep.
  const at = gcj ? wgs84(gcj, building ? 6 : 3) : null
  return {
    service_request_id: r._id,
    status: open311Status(r),
    status_notes: statusNotes(r),
    service_name: categoryLabel(r.categoryKey),
    service_code: r.categoryKey,
    description: scrubText(r.description),
    agency_responsible: [v.streetName, r.handler.name].filter(Boolean).join(' · '),
    service_notice: `编号 ${r.no}`,
    requested_datetime: isoTime(r.createdAt),
    updated_datetime: isoTime(r.updatedAt),
    expected_datetime: isoTime(r.deadlines?.resolveBy),
    address: [v.streetName, building?.name ?? r.place.area ?? ''].filter(Boolean).join(' '),
    address_id: building?._id ?? '',
    zipcode: '',
    lat: at?.lat ?? '',
    long: at?.long ?? '',
    media_url: v.media.get(r._id) ?? '',
  }
}

import gcoord from 'gcoord'
import { AppError } from '../../shared/errors'
import { newId } from '../../shared/ids'
import {
  DESCRIPTION_MAX,
  categoryOf,
  isCategoryKey,
  searchTerms,
  type ReportTarget,
} from '../../shared/reports'
import type { ActionContext, Cloud } from '../context'
import type { Database } from '../db'
import { findByRequest, nextReportNo } from '../reports/model'
import { findHandler, resolvePlace, storedPlace } from '../reports/routing'
import { fileReport, freshClock } from '../reports/transition'
import { slaSettings } from '../settings'
import { Open311Error, type Row } from './format'
import type { ApiKeyDoc } from './keys'
import type { Params } from './query'

/**
 * POST `requests`: an external system (a 12345 centre) files into its key's street queue. It is
 * routed like any report (the place's grid worker, or the compound's property company for 电梯),
 * gets the category's time limits, and shows in the console with its source. The centre's
 * caller may leave a name and phone for the callback: stored like a resident's, never sent out.
 * No photos travel in (GeoReport's media_url would make us fetch a stranger's URL).
 */

/** WGS-84 as the spec says, to the GCJ-02 the street's maps and grids use. */
function toGcj(lng: number, lat: number): [number, number] {
  return gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02) as [number, number]
}

function locationOf(p: Params) {
  if (p.address_id) return { kind: 'address' as const, buildingId: p.address_id.slice(0, 64) }
  const lat = Number(p.lat)
  const lng = Number(p.long)
  if (p.lat && p.long && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) {
    const [longitude, latitude] = toGcj(lng, lat)
    return {
      kind: 'point' as const,
      latitude,
      longitude,
      address: (p.address_string ?? '').slice(0, 100),
    }
  }
  throw new Open311Error(400, '须给出位置：lat 与 long（WGS-84），或 address_id（楼栋编号）')
}

/** The text fields, checked: service_code known, description 1–500 characters. */
function checked(p: Params) {
  if (!p.service_code) throw new Open311Error(400, '缺少 service_code')
  if (!isCategoryKey(p.service_code))
    throw new Open311Error(400, `没有这个 service_code：${String(p.service_code).slice(0, 30)}`)
  const description = (p.description ?? '').trim()
  if (!description) throw new Open311Error(400, '缺少 description（问题描述）')
  if ([...description].length > DESCRIPTION_MAX)
    throw new Open311Error(400, `description 至多 ${DESCRIPTION_MAX} 个字`)
  const name = [p.last_name, p.first_name].filter(Boolean).join('').slice(0, 20)
  const phone = /^[\d+\-\s]{5,20}$/.test(p.phone ?? '') ? (p.phone as string).trim() : ''
  return { code: p.service_code, description, name, phone }
}

/** Files the request; answers the spec's `[{service_request_id, service_notice, account_id}]`. */
export async function fileExternal(
  deps: { cloud: Cloud; db: Database; now: () => Date },
  key: ApiKeyDoc,
  p: Params,
): Promise<Row> {
  const input = checked(p)
  const location = locationOf(p)
  const ctx: ActionContext = {
    ...deps,
    openid: `open311:${key._id}`,
    role: 'office',
    user: { _id: `open311:${key._id}`, role: 'office', name: key.name },
  }
  const category = categoryOf(input.code)
  const target: ReportTarget = category.targets.includes('grid') ? 'grid' : 'property'
  let place, handler
  try {
    place = await resolvePlace(ctx.db, location)
    const streetOfPlace = (place.building ?? place.grid) as { streetId?: string }
    if (streetOfPlace.streetId && streetOfPlace.streetId !== key.streetId)
      throw new AppError('INVALID_INPUT', '该位置不在此 api_key 所属街道内')
    handler = await findHandler(ctx.db, target, place)
  } catch (err) {
    if (err instanceof AppError && err.code !== 'INTERNAL') throw new Open311Error(400, err.message)
    throw err
  }
  const at = ctx.now()
  const { limits } = await slaSettings(ctx.db, key.streetId)
  const clock = freshClock({ categoryKey: input.code, urgency: 'normal' }, at, limits)
  const id = newId('r')
  const requestId = newId('o')
  const doc = {
    _id: id,
    streetId: key.streetId,
    no: await nextReportNo(ctx.db, key.streetId, at),
    requestKey: `${ctx.openid}:${requestId}`,
    requestId,
    reporterOpenid: '',
    reporter: { name: input.name, phone: input.phone },
    source: { kind: 'open311' as const, systemId: key._id, name: key.name },
    target,
    categoryKey: input.code,
    taxonomyCode: category.taxonomyCode,
    description: input.description,
    terms: searchTerms(input.description),
    photos: [],
    location,
    place: storedPlace(place),
    urgency: 'normal' as const,
    state: 'submitted' as const,
    version: 1,
    handler,
    deadlines: clock.deadlines,
    followers: [],
    clockStart: at,
    createdAt: at,
    updatedAt: at,
  }
  const filed = await fileReport(ctx, doc)
  const r = filed ? doc : await findByRequest(ctx.db, ctx.openid, requestId)
  return {
    service_request_id: r?._id ?? id,
    service_notice: `已转${handler.name}办理，编号 ${doc.no}`,
    account_id: '',
  }
}

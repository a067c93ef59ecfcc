import { AppError } from '../errors'
import { PHOTO_MAX_COUNT } from '../photo-policy'
import { categoryOf, isCategoryKey, type ReportTarget } from './categories'
import type { Urgency } from './time-limits'

export type ReportLocation =
  | { kind: 'address'; buildingId: string; unit?: string; room?: string }
  | { kind: 'point'; latitude: number; longitude: number; address?: string }

/** What the app sends to `report.create`: the same validator runs on both sides. */
export interface ReportInput {
  target: ReportTarget
  categoryKey: string
  description: string
  photos: string[]
  location: ReportLocation
  urgency: Urgency
  /** Made by the app per report: a retry with the same id returns the first report. */
  requestId: string
}

export const DESCRIPTION_MAX = 500
const ID = /^[A-Za-z0-9_-]{1,64}$/
const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/

type Fields = Record<string, string>
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

function location(v: unknown, f: Fields): ReportLocation | undefined {
  const l = obj(v)
  if (l.kind === 'address') {
    if (typeof l.buildingId !== 'string' || !ID.test(l.buildingId))
      return void (f.location = '请选择问题所在的楼栋')
    const text = (x: unknown) => (typeof x === 'string' ? x.trim().slice(0, 20) : undefined)
    return { kind: 'address', buildingId: l.buildingId, unit: text(l.unit), room: text(l.room) }
  }
  if (l.kind === 'point') {
    const { latitude: lat, longitude: lng } = l
    if (
      typeof lat !== 'number' ||
      typeof lng !== 'number' ||
      !(Math.abs(lat) <= 90) ||
      !(Math.abs(lng) <= 180)
    ) {
      return void (f.location = '位置信息无效，请重新定位或选择楼栋')
    }
    const address = typeof l.address === 'string' ? l.address.trim() : ''
    if ([...address].length > 100) return void (f.location = '位置说明不能超过 100 字')
    return { kind: 'point', latitude: lat, longitude: lng, address }
  }
  f.location = '请选择问题所在的楼栋，或使用当前位置'
  return undefined
}

function fail(f: Fields): never {
  throw new AppError('INVALID_INPUT', Object.values(f)[0], f)
}

/** Checks and normalises a report; throws INVALID_INPUT with a Chinese message per field. */
export function validateReportInput(input: unknown): ReportInput {
  const v = obj(input)
  const f: Fields = {}
  const target = v.target === 'grid' || v.target === 'property' ? v.target : undefined
  if (!target) f.target = '请选择报网格员或报物业'
  const categoryKey = isCategoryKey(v.categoryKey) ? v.categoryKey : undefined
  if (!categoryKey) f.categoryKey = '请选择问题类型'
  else if (target && !categoryOf(categoryKey).targets.includes(target))
    f.categoryKey = '该类问题请报物业'
  const description = typeof v.description === 'string' ? v.description.trim() : ''
  if (!description) f.description = '请描述一下问题'
  else if ([...description].length > DESCRIPTION_MAX)
    f.description = `问题描述不能超过 ${DESCRIPTION_MAX} 字`
  const photos = Array.isArray(v.photos) ? v.photos : null
  if (!photos || photos.some((p) => typeof p !== 'string' || !p.startsWith('cloud://')))
    f.photos = '照片信息无效，请重新添加'
  else if (photos.length > PHOTO_MAX_COUNT) f.photos = `最多 ${PHOTO_MAX_COUNT} 张照片`
  else if (categoryKey && photos.length === 0 && categoryOf(categoryKey).photoRequired)
    f.photos = '请拍一张照片，方便工作人员了解情况'
  const loc = location(v.location, f)
  const urgency =
    v.urgency === undefined
      ? 'normal'
      : v.urgency === 'normal' || v.urgency === 'urgent'
        ? v.urgency
        : undefined
  if (!urgency) f.urgency = '请选择紧急程度'
  const requestId =
    typeof v.requestId === 'string' && REQUEST_ID.test(v.requestId) ? v.requestId : undefined
  if (!requestId) f.requestId = '请求编号无效，请重新提交'
  if (Object.keys(f).length) fail(f)
  return {
    target: target!,
    categoryKey: categoryKey!,
    description,
    photos: photos as string[],
    location: loc!,
    urgency: urgency!,
    requestId: requestId!,
  }
}

/** For `report.nearby`: category, place and target only. */
export function validateNearbyInput(
  input: unknown,
): Pick<ReportInput, 'categoryKey' | 'location' | 'target'> {
  const v = obj(input)
  const f: Fields = {}
  if (!isCategoryKey(v.categoryKey)) f.categoryKey = '请选择问题类型'
  const target = v.target === 'grid' || v.target === 'property' ? v.target : undefined
  if (!target) f.target = '请选择报网格员或报物业'
  const loc = location(v.location, f)
  if (Object.keys(f).length) fail(f)
  return { categoryKey: v.categoryKey as string, location: loc!, target: target! }
}

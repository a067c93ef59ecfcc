import { checkVoice, type VoiceClip } from '../voice'
import { checkPersonName, isMobilePhone, normalizePhone, PHONE_MESSAGE } from '../identity'
import { categoryOf, isCategoryKey, type ReportTarget } from './categories'
import { ID_PATTERN, obj, photoList, text, throwIfAny, type Fields } from './fields'
import type { Urgency } from './time-limits'

/** Where the problem is: a bound building (楼栋/单元/房号) or a point on the map with a note. */
export type ReportLocation =
  | { kind: 'address'; buildingId: string; unit?: string; room?: string }
  | { kind: 'point'; latitude: number; longitude: number; address?: string }

/** What the app sends to `report.create`: the same validator runs on both sides. */
export interface ReportInput {
  target: ReportTarget
  categoryKey: string
  description: string
  /** `cloud://` fileIDs of the uploaded photos, 0–9 (≥ 1 where the category needs one). */
  photos: string[]
  location: ReportLocation
  urgency: Urgency
  /** Made by the app per report: a retry with the same id returns the first report. */
  requestId: string
  /**
   * The reporter asked not to be called back (不需要回电). Without it a report needs a verified
   * phone to reach the reporter: the server refuses one with neither (no-callback rule).
   */
  noCallback?: boolean
  /** 代报: staff filing for a resident (src/server/reports/on-behalf.ts decides who may). */
  onBehalf?: OnBehalf
  /** 按住说话: a spoken description; with one, the typed description may be empty. */
  voice?: VoiceClip
}

/**
 * Whom a 代报/代办 is for: a resident with an account (found by their bound home), or a person
 * without the mini-program, by name and phone (the phone is how they are told of each step).
 */
export type OnBehalf =
  | { kind: 'account'; openid: string }
  | { kind: 'person'; name: string; phone: string }

/** The message when a report has no way to reach its reporter and no 不需要回电. */
export const NO_CONTACT = '请先绑定手机号以便回电，或选择“不需要回电”'

/** Checks whom a 代报/代办 is for; messages under `onBehalf`. Shared by reports and applications. */
export function checkOnBehalf(v: unknown, f: Fields): OnBehalf | undefined {
  if (v === undefined || v === null) return undefined
  const o = obj(v)
  if (o.kind === 'account') {
    if (typeof o.openid !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(o.openid))
      f.onBehalf = '请选择代办的居民'
    return { kind: 'account', openid: o.openid as string }
  }
  if (o.kind === 'person') {
    const name = checkPersonName(o.name)
    const phone = typeof o.phone === 'string' ? normalizePhone(o.phone) : ''
    if (!name.ok) f.onBehalf = name.reason
    else if (!isMobilePhone(phone)) f.onBehalf = `居民手机号：${PHONE_MESSAGE}`
    return { kind: 'person', name: name.ok ? name.normalized : '', phone }
  }
  f.onBehalf = '请选择代办的居民，或填写居民的姓名和手机号'
  return undefined
}

/** The message for a report with neither a description nor a voice clip. */
export const DESCRIBE_IT = '请描述一下问题，或按住说话留一段语音'

/** Longest description, in characters. */
export const DESCRIPTION_MAX = 500
/** Longest typed address of a point, in characters. */
export const ADDRESS_MAX = 100
/** Longest unit (单元) or room (房号) text. */
export const UNIT_MAX = 20
const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/

function location(v: unknown, f: Fields): ReportLocation {
  const l = obj(v)
  if (l.kind === 'address') {
    if (typeof l.buildingId !== 'string' || !ID_PATTERN.test(l.buildingId))
      f.location = '请选择问题所在的楼栋'
    const part = (x: unknown, name: string) =>
      text(x, 'location', f, { max: UNIT_MAX, name }) || undefined
    const unit = part(l.unit, '单元')
    const room = part(l.room, '房号')
    return { kind: 'address', buildingId: l.buildingId as string, unit, room }
  }
  if (l.kind === 'point') {
    const { latitude: lat, longitude: lng } = l
    if (
      typeof lat !== 'number' ||
      typeof lng !== 'number' ||
      !(Math.abs(lat) <= 90) ||
      !(Math.abs(lng) <= 180)
    )
      f.location = '位置信息无效，请重新定位或选择楼栋'
    const address = text(l.address, 'location', f, { max: ADDRESS_MAX, name: '位置说明' })
    return { kind: 'point', latitude: lat as number, longitude: lng as number, address }
  }
  f.location = '请选择问题所在的楼栋，或使用当前位置'
  return l as unknown as ReportLocation
}

function target(v: unknown, f: Fields): ReportTarget {
  if (v !== 'grid' && v !== 'property') f.target = '请选择报网格员或报物业'
  return v as ReportTarget
}

function category(v: unknown, to: ReportTarget, f: Fields): string {
  if (!isCategoryKey(v)) f.categoryKey = '请选择问题类型'
  else if ((to === 'grid' || to === 'property') && !categoryOf(v).targets.includes(to))
    f.categoryKey = to === 'grid' ? '该类问题请报物业' : '该类问题请报网格员'
  return v as string
}

/**
 * Checks and normalises a report for `report.create` (texts trimmed, urgency defaults to
 * normal). Throws INVALID_INPUT with a Chinese message per field — target, categoryKey,
 * description, photos, location, urgency, requestId — so the form shows each inline.
 */
export function validateReportInput(input: unknown): ReportInput {
  const v = obj(input)
  const f: Fields = {}
  const to = target(v.target, f)
  const categoryKey = category(v.categoryKey, to, f)
  const voice = checkVoice(v.voice, f)
  // A resident who can't type says it instead: a clip (even a refused one) stands for the text.
  const description = text(v.description, 'description', f, {
    max: DESCRIPTION_MAX,
    name: '问题描述',
    required: v.voice ? undefined : DESCRIBE_IT,
  })
  const needsPhoto = isCategoryKey(categoryKey) && categoryOf(categoryKey).photoRequired
  const photos = photoList(v.photos, 'photos', f, {
    min: needsPhoto ? 1 : 0,
    required: '请拍一张照片，方便工作人员了解情况',
  })
  const loc = location(v.location, f)
  const urgency = v.urgency === undefined ? 'normal' : v.urgency
  if (urgency !== 'normal' && urgency !== 'urgent') f.urgency = '请选择紧急程度'
  const requestId = v.requestId
  if (typeof requestId !== 'string' || !REQUEST_ID.test(requestId))
    f.requestId = '请求编号无效，请重新提交'
  if (v.noCallback !== undefined && typeof v.noCallback !== 'boolean')
    f.noCallback = '请选择是否需要回电'
  const onBehalf = checkOnBehalf(v.onBehalf, f)
  throwIfAny(f)
  return {
    target: to,
    categoryKey,
    description,
    photos,
    location: loc,
    urgency: urgency as Urgency,
    requestId: requestId as string,
    ...(v.noCallback === true ? { noCallback: true } : {}),
    ...(onBehalf ? { onBehalf } : {}),
    ...(voice ? { voice } : {}),
  }
}

/** For `report.nearby`: category, place and target only. */
export function validateNearbyInput(
  input: unknown,
): Pick<ReportInput, 'categoryKey' | 'location' | 'target'> {
  const v = obj(input)
  const f: Fields = {}
  const to = target(v.target, f)
  const categoryKey = category(v.categoryKey, to, f)
  const loc = location(v.location, f)
  throwIfAny(f)
  return { categoryKey, location: loc, target: to }
}

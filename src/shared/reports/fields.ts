import { AppError } from '../errors'
import { PHOTO_MAX_COUNT } from '../photo-policy'

/**
 * Small pieces the report validators share. Every validator collects a Chinese message per field
 * and throws once, so the form can show all of them inline at the same time.
 */
export type Fields = Record<string, string>

/** The value as a plain object, or an empty one (so missing fields are reported, not crashed on). */
export function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
}

/** Length in characters as people count them (an emoji is one, not two UTF-16 units). */
export function chars(s: string): number {
  return [...s].length
}

/** Throws INVALID_INPUT with every field message, the first as the headline; no-op when none. */
export function throwIfAny(f: Fields): void {
  const messages = Object.values(f)
  if (messages.length) throw new AppError('INVALID_INPUT', messages[0], f)
}

export { ID_PATTERN } from '../checks'

/**
 * A trimmed text of at most `max` characters. `required` is the message for an empty one (omit
 * it and empty is fine); `name` goes into the too-long message (问题描述不能超过 500 字).
 */
export function text(
  v: unknown,
  key: string,
  f: Fields,
  o: { max: number; name: string; required?: string },
): string {
  if (v !== undefined && v !== null && typeof v !== 'string') {
    f[key] = `${o.name}格式有误`
    return ''
  }
  const s = (v ?? '').trim()
  if (!s && o.required) f[key] = o.required
  else if (chars(s) > o.max) f[key] = `${o.name}不能超过 ${o.max} 字`
  return s
}

/**
 * Photo fileIDs (`cloud://…`): `min` to 9 of them, no repeats. `required` is the message when
 * fewer than `min` (a resolve needs an after-photo; most categories a before-photo).
 */
export function photoList(
  v: unknown,
  key: string,
  f: Fields,
  o: { min: number; required: string },
): string[] {
  const list = v === undefined ? [] : v
  if (
    !Array.isArray(list) ||
    list.some((p) => typeof p !== 'string' || !/^cloud:\/\/\S+$/.test(p))
  ) {
    f[key] = '照片信息无效，请重新添加'
    return []
  }
  if (list.length > PHOTO_MAX_COUNT) f[key] = `最多 ${PHOTO_MAX_COUNT} 张照片`
  else if (new Set(list).size !== list.length) f[key] = '同一张照片添加了两次，请删除重复的'
  else if (list.length < o.min) f[key] = o.required
  return list as string[]
}

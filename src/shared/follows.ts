import { isId } from './checks'
import { AppError } from './errors'
import { isCategoryKey } from './reports/categories'

/**
 * Area subscriptions (issue 20): a district supervisor follows a category of report across the
 * streets — all of them, or the ones they pick — and gets one digest a day of the day before
 * (new reports, overdue, still open, per street). Categories are the shared catalogue
 * (reports/categories.ts): the district compares streets by the same words.
 */

/** One followed category, as stored and as the app shows it. */
export interface Follow {
  category: string
  /** 安全隐患 */
  label: string
  /** The streets followed; empty = every street, including streets imported later. */
  streetIds: string[]
}

/** More streets than a district has: a list this long is not a person's choice. */
export const FOLLOW_STREETS_MAX = 100

/** `stats.follow`: a category of the catalogue, and optionally some streets (ids, no repeats). */
export function validateFollow(p: unknown): { category: string; streetIds: string[] } {
  const v = (p ?? {}) as { category?: unknown; streetIds?: unknown }
  const { category } = validateUnfollow(v)
  const ids = v.streetIds ?? []
  if (
    !Array.isArray(ids) ||
    ids.length > FOLLOW_STREETS_MAX ||
    !ids.every(isId) ||
    new Set(ids).size !== ids.length
  )
    throw new AppError('INVALID_INPUT', '请从列表中选择要关注的街道', {
      streetIds: '请从列表中选择街道',
    })
  return { category, streetIds: [...ids].sort() }
}

/** `stats.unfollow`: a category of the catalogue. */
export function validateUnfollow(p: unknown): { category: string } {
  const category = (p as { category?: unknown } | null)?.category
  if (!isCategoryKey(category))
    throw new AppError('INVALID_INPUT', '没有这个问题类型，请从列表中选择', {
      category: '请选择问题类型',
    })
  return { category }
}

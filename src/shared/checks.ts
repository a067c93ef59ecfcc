import { AppError } from './errors'

/**
 * The small checks every action's validator shares, written once: record ids and page numbers.
 * (The mobile-number pattern lives with the other identity rules: identity/phone.ts.)
 */

/** Record and object ids: short, URL-safe, no path tricks. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** True for a well-formed record id. */
export function isId(v: unknown): v is string {
  return typeof v === 'string' && ID_PATTERN.test(v)
}

/** The id, or INVALID_INPUT with `message` (报事编号不正确, 申请编号不正确 …). */
export function id(v: unknown, message: string): string {
  if (!isId(v)) throw new AppError('INVALID_INPUT', message)
  return v
}

/** The deepest page a list may ask for: no person pages further, and `skip` grows costly. */
export const PAGE_MAX = 1000

/** A 1-based page number, 1 when absent; a whole number up to PAGE_MAX or INVALID_INPUT. */
export function page(v: unknown): number {
  const p = v ?? 1
  if (typeof p !== 'number' || !Number.isInteger(p) || p < 1 || p > PAGE_MAX)
    throw new AppError('INVALID_INPUT', `页码不正确（应为 1–${PAGE_MAX} 的整数）`)
  return p
}

/** One of `allowed` (a list's filter or tab), `fallback` when absent, or INVALID_INPUT. */
export function oneOf<T extends string>(
  v: unknown,
  allowed: readonly T[],
  fallback: T,
  message: string,
): T {
  const x = v ?? fallback
  if (!(allowed as readonly unknown[]).includes(x)) throw new AppError('INVALID_INPUT', message)
  return x as T
}

/**
 * A client's value quoted in an error message: text (cut short) or a number as it is, anything
 * else named — never `String(v)`, which runs a hostile object's own `toString`.
 */
export function quoted(v: unknown): string {
  if (typeof v === 'string') return v.slice(0, 40)
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return '（不是文字）'
}

import { categoryOf, isCategoryKey } from './categories'
import { obj, throwIfAny, type Fields } from './fields'

/** How urgent the resident says it is; urgent reports get the short limits. */
export type Urgency = 'normal' | 'urgent'

/** 【紧急】 before an urgent report's title, wherever staff read it: lists, detail, notices. */
export const urgentMark = (urgency: Urgency | undefined): string =>
  urgency === 'urgent' ? '【紧急】' : ''

/** Minutes to accept and to resolve. */
export interface Limit {
  acceptMin: number
  resolveMin: number
}

/** One limit per urgency. */
export type LimitsByUrgency = Record<Urgency, Limit>

/**
 * The time limits (限时办结) the street office keeps: defaults for simple and complex categories,
 * and any category it has set apart. The stored override replaces DEFAULT_LIMITS as a whole.
 */
export interface TimeLimitTable {
  simple: LimitsByUrgency
  complex: LimitsByUrgency
  /** Overrides for single categories, by category key; a missing part falls back. */
  byCategory?: Record<string, Partial<Record<Urgency, Partial<Limit>>>>
}

/**
 * Defaults in the spirit of 12345 practice: urgent — accept in 30 min, resolve in 4 h; ordinary —
 * accept in 2 h, resolve in 24 h; complex (digging, replacing parts) — resolve in 72 h.
 */
export const DEFAULT_LIMITS: TimeLimitTable = {
  simple: {
    urgent: { acceptMin: 30, resolveMin: 4 * 60 },
    normal: { acceptMin: 2 * 60, resolveMin: 24 * 60 },
  },
  complex: {
    urgent: { acceptMin: 30, resolveMin: 4 * 60 },
    normal: { acceptMin: 2 * 60, resolveMin: 72 * 60 },
  },
}

/** The longest limit the office may set: 30 days. */
export const LIMIT_MAX_MIN = 30 * 24 * 60
const MIN = 60_000

/** The limit of a category at an urgency under `table`; throws on an unknown category. */
export function limitFor(
  categoryKey: string,
  urgency: Urgency,
  table: TimeLimitTable = DEFAULT_LIMITS,
): Limit {
  const base = table[categoryOf(categoryKey).complex ? 'complex' : 'simple'][urgency]
  return { ...base, ...table.byCategory?.[categoryKey]?.[urgency] }
}

/** The epoch-ms deadlines of a report created (or handed over, or reopened) at `createdAt`. */
export function deadlinesFor(
  categoryKey: string,
  urgency: Urgency,
  createdAt: number,
  table: TimeLimitTable = DEFAULT_LIMITS,
): { acceptBy: number; resolveBy: number } {
  const l = limitFor(categoryKey, urgency, table)
  return { acceptBy: createdAt + l.acceptMin * MIN, resolveBy: createdAt + l.resolveMin * MIN }
}

const URGENCIES: Urgency[] = ['urgent', 'normal']

/**
 * The refusal of a limit out of range, in the unit the office's 时限设置 page asks for (hours;
 * it sends whole minutes, so only the range can be wrong, never the unit).
 */
export const LIMIT_RANGE = `请填写 1 分钟到 ${LIMIT_MAX_MIN / 60} 小时（${LIMIT_MAX_MIN / 1440} 天）之间的时限`

function limit(v: unknown, path: string, f: Fields, partial: boolean): Partial<Limit> {
  const l = obj(v)
  const out: Partial<Limit> = {}
  for (const k of ['acceptMin', 'resolveMin'] as const) {
    const n = l[k]
    if (partial && n === undefined) continue
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > LIMIT_MAX_MIN)
      f[`${path}.${k}`] = LIMIT_RANGE
    else out[k] = n
  }
  if (out.acceptMin && out.resolveMin && out.acceptMin > out.resolveMin)
    f[`${path}.resolveMin`] = '办结时限不能短于受理时限'
  return out
}

/**
 * Checks the table the street office saves: every limit a whole number of minutes from 1 to 30
 * days, accepting no later than resolving, overrides only for known categories. Throws
 * INVALID_INPUT with messages keyed by path (`complex.normal.resolveMin`).
 */
export function validateTimeLimitTable(input: unknown): TimeLimitTable {
  const v = obj(input)
  const f: Fields = {}
  const group = (g: 'simple' | 'complex') =>
    Object.fromEntries(
      URGENCIES.map((u) => [u, limit(obj(v[g])[u], `${g}.${u}`, f, false)]),
    ) as LimitsByUrgency
  const table: TimeLimitTable = { simple: group('simple'), complex: group('complex') }
  const by = obj(v.byCategory)
  if (Object.keys(by).length) table.byCategory = {}
  for (const key of Object.keys(by)) {
    if (!isCategoryKey(key)) {
      f[`byCategory.${key}`] = '没有这个问题类型'
      continue
    }
    const o = obj(by[key])
    table.byCategory![key] = Object.fromEntries(
      URGENCIES.filter((u) => o[u] !== undefined).map((u) => [
        u,
        limit(o[u], `byCategory.${key}.${u}`, f, true),
      ]),
    )
  }
  throwIfAny(f)
  return table
}

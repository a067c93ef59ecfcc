import { CLOSED_STATES, FIXED_STATES, OPEN_STATES, isCategoryKey } from '../../shared/reports'
import type { Database } from '../db'
import { Open311Error } from './format'

/**
 * GET `requests` parameters as GeoReport v2 defines them: `service_request_id` (a comma list,
 * then the others are ignored), `service_code` (comma list), `status` (open/closed), and a
 * window `start_date`…`end_date` of at most 90 days — by default the last 90 days — returning
 * at most 1,000 requests, newest first.
 */
export const WINDOW_DAYS = 90
export const MAX_REQUESTS = 1000
const DAY = 86_400_000

export type Params = Record<string, string | undefined>

/** A comma list, trimmed, without empties. */
const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

/** An ISO 8601 date-time (the spec's w3c subset), or 400. */
function parseDate(name: string, v: string): number {
  const t = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)
    ? Date.parse(v)
    : NaN
  if (Number.isNaN(t))
    throw new Open311Error(400, `${name} 须为 ISO 8601 日期时间，如 2026-11-01T00:00:00+08:00`)
  return t
}

/** The window asked for, defaulted and checked (start ≤ end, ≤ 90 days). */
export function windowOf(p: Params, now: number): { start: Date; end: Date } {
  const s = p.start_date ? parseDate('start_date', p.start_date) : null
  const e = p.end_date ? parseDate('end_date', p.end_date) : null
  const end = e ?? (s !== null ? s + WINDOW_DAYS * DAY : now)
  const start = s ?? end - WINDOW_DAYS * DAY
  if (start > end) throw new Open311Error(400, 'start_date 不能晚于 end_date')
  if (end - start > WINDOW_DAYS * DAY)
    throw new Open311Error(400, `start_date 与 end_date 相隔不能超过 ${WINDOW_DAYS} 天`)
  return { start: new Date(start), end: new Date(end) }
}

/** The states behind `status=open,closed` (closed = fixed or finished, as FixMyStreet maps). */
function statesOf(v: string | undefined): string[] | null {
  const asked = list(v)
  if (!asked.length) return null
  const bad = asked.find((s) => s !== 'open' && s !== 'closed')
  if (bad) throw new Open311Error(400, `status 只能是 open 或 closed，收到 ${bad.slice(0, 20)}`)
  return asked.flatMap((s) =>
    s === 'open' ? [...OPEN_STATES] : [...CLOSED_STATES, ...FIXED_STATES],
  )
}

/** The database condition for a GET `requests` (ids, or codes + states + window). */
export function whereOf(db: Database, p: Params, now: number, streetId: string | null): object {
  const street = streetId ? { streetId } : {}
  const ids = list(p.service_request_id)
  if (ids.length) {
    if (ids.length > 100) throw new Open311Error(400, 'service_request_id 一次至多 100 个')
    return { _id: db.command.in(ids), ...street }
  }
  const codes = list(p.service_code)
  const unknown = codes.find((c) => !isCategoryKey(c))
  if (unknown) throw new Open311Error(400, `没有这个 service_code：${String(unknown).slice(0, 30)}`)
  const states = statesOf(p.status)
  const { start, end } = windowOf(p, now)
  return {
    ...street,
    createdAt: db.command.gte(start).and(db.command.lte(end)),
    ...(codes.length ? { categoryKey: db.command.in(codes) } : {}),
    ...(states ? { state: db.command.in(states) } : {}),
  }
}

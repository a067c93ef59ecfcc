import { categoryOf } from './categories'

export type Urgency = 'normal' | 'urgent'

/** Minutes to accept and to resolve. */
export interface Limit {
  acceptMin: number
  resolveMin: number
}

/** Per urgency; a table holds defaults and any category the street office has set apart. */
export type LimitsByUrgency = Record<Urgency, Limit>
export interface TimeLimitTable {
  simple: LimitsByUrgency
  complex: LimitsByUrgency
  /** Overrides for single categories, by category key. */
  byCategory?: Record<string, Partial<LimitsByUrgency>>
}

/**
 * Defaults in the spirit of 12345 practice: urgent — accept in 30 min, resolve in 4 h; ordinary —
 * accept in 2 h, resolve in 24 h; complex (digging, replacing parts) — resolve in 72 h.
 */
export const DEFAULT_LIMITS: TimeLimitTable = {
  simple: {
    urgent: { acceptMin: 30, resolveMin: 240 },
    normal: { acceptMin: 120, resolveMin: 1440 },
  },
  complex: {
    urgent: { acceptMin: 30, resolveMin: 240 },
    normal: { acceptMin: 120, resolveMin: 4320 },
  },
}

const MIN = 60_000

export function limitFor(
  categoryKey: string,
  urgency: Urgency,
  table: TimeLimitTable = DEFAULT_LIMITS,
): Limit {
  const base = table[categoryOf(categoryKey).complex ? 'complex' : 'simple'][urgency]
  return { ...base, ...table.byCategory?.[categoryKey]?.[urgency] }
}

/** The epoch-ms deadlines of a report created at `createdAt`. */
export function deadlinesFor(
  categoryKey: string,
  urgency: Urgency,
  createdAt: number,
  table: TimeLimitTable = DEFAULT_LIMITS,
): { acceptBy: number; resolveBy: number } {
  const l = limitFor(categoryKey, urgency, table)
  return { acceptBy: createdAt + l.acceptMin * MIN, resolveBy: createdAt + l.resolveMin * MIN }
}

/** How much of the time from `start` to `deadline` has passed at `now` (0 … >1). */
export function elapsedFraction(start: number, deadline: number, now: number): number {
  if (deadline <= start) return now >= deadline ? 1 : 0
  return (now - start) / (deadline - start)
}

/** The handler gets a reminder at 80% of a limit. */
export const REMINDER_AT = 0.8

export function reminderDue(start: number, deadline: number, now: number): boolean {
  const f = elapsedFraction(start, deadline, now)
  return f >= REMINDER_AT && f < 1
}

export function overdue(deadline: number, now: number): boolean {
  return now >= deadline
}

/** 还剩 1小时20分 / 已超时 35分 — for countdowns. */
export function remainingText(deadline: number, now: number): string {
  const left = deadline - now
  const mins = Math.floor(Math.abs(left) / MIN)
  const text =
    mins >= 60 * 24
      ? `${Math.floor(mins / 1440)}天${Math.floor((mins % 1440) / 60)}小时`
      : mins >= 60
        ? `${Math.floor(mins / 60)}小时${mins % 60}分`
        : `${mins}分`
  return left >= 0 ? `还剩 ${text}` : `已超时 ${text}`
}

import {
  addDaysToDay,
  addMonthsToDay,
  beijingDay,
  parseDay,
  weekday,
  type Day,
  type Instant,
} from '../time'

/** A period of Beijing days, both ends included. */
export interface Period {
  from: Day
  to: Day
}

/** The period picker's choices. */
export type PeriodPreset = 'thisMonth' | 'lastMonth' | 'thisQuarter' | 'custom'

export const PRESET_LABEL: Record<PeriodPreset, string> = {
  thisMonth: '本月',
  lastMonth: '上月',
  thisQuarter: '本季度',
  custom: '自定义',
}

const monthStart = (d: Day): Day => `${d.slice(0, 8)}01`
const monthEnd = (d: Day): Day => addDaysToDay(addMonthsToDay(monthStart(d), 1), -1)

/** The quarter a day falls in: `2026Q4`. */
export function quarterOf(d: Day): string {
  return `${d.slice(0, 4)}Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`
}

/** The days of a quarter `2026Q4`, or null for anything else. */
export function quarterPeriod(q: unknown): Period | null {
  const m = typeof q === 'string' ? /^(\d{4})Q([1-4])$/.exec(q) : null
  if (!m) return null
  const from = `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`
  return { from, to: monthEnd(addMonthsToDay(from, 2)) }
}

/** A preset's days as of `now` (Beijing). */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, now: Instant): Period {
  const today = beijingDay(now)
  if (preset === 'thisMonth') return { from: monthStart(today), to: monthEnd(today) }
  if (preset === 'lastMonth') {
    const last = addMonthsToDay(monthStart(today), -1)
    return { from: last, to: monthEnd(last) }
  }
  return quarterPeriod(quarterOf(today)) as Period
}

/** The longest period one request may ask for (a year and a bit: trends stay a few hundred rows). */
export const MAX_PERIOD_DAYS = 400

/** Checks a period from a request: real days, from ≤ to, at most MAX_PERIOD_DAYS. */
export function checkPeriod(v: unknown): Period | string {
  const p = (v ?? {}) as { from?: unknown; to?: unknown }
  const from = parseDay(p.from)
  const to = parseDay(p.to)
  if (!from || !to) return '请选择开始和结束日期（YYYY-MM-DD）'
  if (from > to) return '开始日期不能晚于结束日期'
  if (addDaysToDay(from, MAX_PERIOD_DAYS) < to) return `一次最多统计 ${MAX_PERIOD_DAYS} 天`
  return { from, to }
}

/** Trend buckets: a day, the Monday of its week, or its month. */
export type TrendUnit = 'day' | 'week' | 'month'

export function bucketOf(d: Day, unit: TrendUnit): string {
  if (unit === 'day') return d
  if (unit === 'month') return d.slice(0, 7)
  return addDaysToDay(d, -((weekday(d) + 6) % 7))
}

import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/**
 * Every date the app and the server show or compute is a Beijing date. China has kept UTC+8 all
 * year since 1991, so this is a fixed offset, not the tz database (old weapp base libraries lack
 * Intl time zones). An instant is shifted by +8 h into a UTC-mode Dayjs — its "wall clock" — and
 * all calendar maths is done there, so the device's own zone and its DST never take part.
 */
const OFFSET_MS = 8 * 3_600_000

/** An instant: a Date, epoch milliseconds, or an ISO string with its zone (as the server sends). */
export type Instant = Date | number | string

/** A Beijing calendar day, `YYYY-MM-DD`. */
export type Day = string

const ms = (at: Instant) =>
  at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at)
const wall = (at: Instant): Dayjs => dayjs.utc(ms(at) + OFFSET_MS)
const instant = (w: Dayjs) => new Date(w.valueOf() - OFFSET_MS)
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/

/** The display formats, one per kind of place a date appears. */
export const FORMATS = {
  /** Lists and details: 2026-11-23 08:05 */
  dateTime: 'YYYY-MM-DD HH:mm',
  /** Short lists (messages): 11-23 08:05 */
  monthDayTime: 'MM-DD HH:mm',
  /** A day: 2026-11-23 */
  date: 'YYYY-MM-DD',
  /** Certificates: 2026年11月23日 */
  cnDate: 'YYYY年M月D日',
  /** Subscribe messages (time fields): 2026年11月23日 08:05 */
  cnDateTime: 'YYYY年M月D日 HH:mm',
  /** Inside numbers (BS20261123-…): 20261123 */
  compact: 'YYYYMMDD',
} as const

/** An instant in Beijing time, in a dayjs pattern or one of FORMATS; '' for an invalid instant. */
export function formatBeijing(at: Instant, pattern: string = FORMATS.dateTime): string {
  const w = wall(at)
  return w.isValid() ? w.format(pattern) : ''
}

/** The Beijing day an instant falls on. */
export function beijingDay(at: Instant): Day {
  return formatBeijing(at, FORMATS.date)
}

/** `YYYY-MM-DD` when `v` is exactly that and a real calendar date (no 02-30), else null. */
export function parseDay(v: unknown): Day | null {
  if (typeof v !== 'string' || !DAY_RE.test(v)) return null
  return dayjs.utc(v).format('YYYY-MM-DD') === v ? v : null
}

function day(d: Day): Dayjs {
  if (parseDay(d) === null) throw new Error(`not a YYYY-MM-DD day: ${d}`)
  return dayjs.utc(d)
}

/** A day in another pattern (certificate dates are stored as days): 2027-02-22 → 2027年2月22日. */
export function formatDay(d: Day, pattern: string = FORMATS.cnDate): string {
  return parseDay(d) === null ? '' : dayjs.utc(d).format(pattern)
}

/** 00:00:00.000 Beijing time of a day (the `from` end of a day filter). */
export function dayStart(d: Day): Date {
  return instant(day(d))
}

/** 23:59:59.999 Beijing time of a day (the `to` end of a day filter, included). */
export function dayEnd(d: Day): Date {
  return instant(day(d).endOf('day'))
}

/** The day `n` days after (or before, n < 0) a day. */
export function addDaysToDay(d: Day, n: number): Day {
  return day(d).add(n, 'day').format('YYYY-MM-DD')
}

/** The same date `n` months later, or that month's last day when it has none (30 Nov + 3 → 28 Feb). */
export function addMonthsToDay(d: Day, n: number): Day {
  return day(d).add(n, 'month').format('YYYY-MM-DD')
}

/** Day of the week of a day: 0 = Sunday … 6 = Saturday. */
export function weekday(d: Day): number {
  return day(d).day()
}

/** `n` whole days (24 h: Beijing has no DST) after an instant. */
export function addDays(at: Instant, n: number): Date {
  return instant(wall(at).add(n, 'day'))
}

/** `n` hours after an instant. */
export function addHours(at: Instant, n: number): Date {
  return instant(wall(at).add(n, 'hour'))
}

/** The Beijing wall-clock fields of an instant (for timer schedules written in Beijing time). */
export function beijingFields(at: Instant) {
  const w = wall(at)
  return {
    year: w.year(),
    month: w.month() + 1,
    date: w.date(),
    hour: w.hour(),
    minute: w.minute(),
    second: w.second(),
    weekday: w.day(),
  }
}

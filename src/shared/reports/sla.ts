import { clockKind, type ClockKind, type ReportState } from './states'

/** The handler gets a reminder at 80% of a limit. */
export const REMINDER_AT = 0.8
/** A resolved report the resident neither confirms nor reopens closes by itself after 3 days. */
export const AUTO_CLOSE_DAYS = 3
const MIN = 60_000
const DAY = 24 * 60 * MIN

/** How much of the time from `start` to `deadline` has passed at `now` (0 … >1, never < 0). */
export function elapsedFraction(start: number, deadline: number, now: number): number {
  if (deadline <= start) return now >= deadline ? 1 : 0
  return Math.max(0, (now - start) / (deadline - start))
}

/**
 * At least 80% of the limit has passed but not all of it: time to remind the handler. Past the
 * deadline `overdue` takes over (the timer escalates instead of reminding again).
 */
export function reminderDue(start: number, deadline: number, now: number): boolean {
  const f = elapsedFraction(start, deadline, now)
  return f >= REMINDER_AT && f < 1
}

/** The deadline has come (100% of the limit). */
export function overdue(deadline: number, now: number): boolean {
  return now >= deadline
}

/** Which clock runs for a report and where it stands, for the timer and the office's list. */
export interface ClockStatus {
  /** accept: waiting to be accepted; resolve: accepted, waiting to be resolved. */
  kind: ClockKind
  deadline: number
  fraction: number
  reminderDue: boolean
  overdue: boolean
}

/**
 * The running clock of a report, or null when none runs (with the office, resolved, finished).
 * `start` is when the clock started: creation, or the last transfer or reopening.
 */
export function clockOf(
  state: ReportState,
  start: number,
  deadlines: { acceptBy: number; resolveBy: number },
  now: number,
): ClockStatus | null {
  const kind = clockKind(state)
  if (!kind) return null
  const deadline = kind === 'accept' ? deadlines.acceptBy : deadlines.resolveBy
  return {
    kind,
    deadline,
    fraction: elapsedFraction(start, deadline, now),
    reminderDue: reminderDue(start, deadline, now),
    overdue: overdue(deadline, now),
  }
}

/** True when a report resolved at `resolvedAt` should close by itself at `now`. */
export function autoCloseDue(resolvedAt: number, now: number, days = AUTO_CLOSE_DAYS): boolean {
  return now - resolvedAt >= days * DAY
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

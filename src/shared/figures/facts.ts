import { CLOSED_STATES, FIXED_STATES, OPEN_STATES, type ReportState } from '../reports/states'
import { beijingDay, type Day, type Instant } from '../time'

/**
 * What the figures need of one report, derived from the report alone (its state, deadlines,
 * timeline, rating and 回访). Stored on the report as `fig` in every step's transaction (applyTransition), so the
 * database can sum, average and group them over indexed fields without anyone reading events.
 * The same function is what the plain-TypeScript definitions use: one meaning, two evaluators.
 */
export interface ReportFacts {
  /** Beijing day it was received. */
  day: Day
  /** 1 unless refused (不予受理) or merged as a duplicate: those never reach a handler's clock. */
  valid: 0 | 1
  /** 1 when (last) accepted no later than its accept deadline. */
  acceptedInTime: 0 | 1
  /** 1 when accepted at least once (then `acceptMin` is set). */
  accepted: 0 | 1
  /** Minutes from receipt to the first acceptance; null while never accepted. */
  acceptMin: number | null
  /** 1 when it reached 已办结 at least once (the base of reopened share and share rated). */
  resolvedEver: 0 | 1
  /** 1 when a resolution stands (then `resolveMin` is set). */
  resolved: 0 | 1
  /** Minutes from receipt to the resolution that stands; null while open or never resolved. */
  resolveMin: number | null
  /** The resolve deadline in force (a valid report is "due" in the period holding it). */
  dueAt: Date | null
  /** Its Beijing day; null for a refused or merged report. */
  dueDay: Day | null
  /** 1 when the resolution that stands came no later than that deadline. */
  resolvedInTime: 0 | 1
  /** 1 when rated by the resident or visited (回访). */
  rated: 0 | 1
  /** 1 when the rating is 4–5 stars, or the 回访 answer was 满意 or 基本满意. */
  satisfied: 0 | 1
  /** The resident's stars (not a 回访), and 1 when there are some: the ledger's average stars. */
  stars: number | null
  starred: 0 | 1
  /** 1 when the resident reopened it at least once. */
  reopened: 0 | 1
  /** 1 when it was escalated (吹哨), by the handler or by the timer. */
  escalated: 0 | 1
  /** For an escalated report: 1 when now resolved, 1 when still open (else refused/merged). */
  escResolved: 0 | 1
  escOpen: 0 | 1
  /** Who accepted first, and who gave the resolution that stands (the ledger's worker rows). */
  acceptedBy: string | null
  resolvedBy: string | null
}

/** A 回访 by the street office (phone or visit): the resident's answer, when one was recorded. */
export interface FollowUp {
  satisfied: boolean
  at: Instant
}

/** The parts of a report the facts are derived from. */
export interface FactsInput {
  state: ReportState | string
  createdAt: Instant
  deadlines: { acceptBy: Instant; resolveBy: Instant }
  events: ReadonlyArray<{ at: Instant; action: string; byOpenid?: string; rating?: number }>
  rating?: { score: number } | null
  followUp?: FollowUp | null
}

const ms = (at: Instant) =>
  at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at)
// Whole minutes: sums stay exact integers whichever order the database adds them in.
const minutes = (from: Instant, to: Instant) => Math.round((ms(to) - ms(from)) / 60_000)
const bit = (b: boolean): 0 | 1 => (b ? 1 : 0)
const has = (list: readonly string[], s: string) => list.includes(s)

/** The score that counts: the 回访 answer when one was recorded (the later, asked word), else the
 * last rating (a report rated twice counts once, with its latest score). */
export function scoreOf(r: Pick<FactsInput, 'events' | 'rating' | 'followUp'>): {
  rated: boolean
  satisfied: boolean
} {
  if (r.followUp) return { rated: true, satisfied: r.followUp.satisfied }
  const last = [...r.events].reverse().find((e) => typeof e.rating === 'number')
  const score = r.rating?.score ?? last?.rating
  return typeof score === 'number'
    ? { rated: true, satisfied: score >= 4 }
    : { rated: false, satisfied: false }
}

/** The facts of one report as it stands. */
export function factsOf(r: FactsInput): ReportFacts {
  const valid = r.state !== 'rejected' && r.state !== 'duplicate'
  const accepts = r.events.filter((e) => e.action === 'accept')
  const resolves = r.events.filter((e) => e.action === 'resolve')
  // The resolution stands while the report is 已办结 or finished after it (not reopened since).
  const stands =
    resolves.length > 0 && (has(FIXED_STATES, r.state) || (has(CLOSED_STATES, r.state) && valid))
  const standing = stands ? resolves[resolves.length - 1] : undefined
  const lastAccept = accepts[accepts.length - 1]
  const escalated = r.events.some((e) => e.action === 'escalate')
  const { rated, satisfied } = scoreOf(r)
  return {
    day: beijingDay(r.createdAt),
    valid: bit(valid),
    acceptedInTime: bit(!!lastAccept && ms(lastAccept.at) <= ms(r.deadlines.acceptBy)),
    accepted: bit(accepts.length > 0),
    acceptMin: accepts.length ? minutes(r.createdAt, accepts[0].at) : null,
    resolvedEver: bit(resolves.length > 0),
    resolved: bit(!!standing),
    resolveMin: standing ? minutes(r.createdAt, standing.at) : null,
    dueAt: valid ? new Date(ms(r.deadlines.resolveBy)) : null,
    dueDay: valid ? beijingDay(r.deadlines.resolveBy) : null,
    resolvedInTime: bit(!!standing && ms(standing.at) <= ms(r.deadlines.resolveBy)),
    rated: bit(rated),
    satisfied: bit(rated && satisfied),
    stars: r.rating?.score ?? null,
    starred: bit(typeof r.rating?.score === 'number'),
    reopened: bit(r.events.some((e) => e.action === 'reopen')),
    escalated: bit(escalated),
    escResolved: bit(escalated && !!standing),
    escOpen: bit(escalated && has(OPEN_STATES, r.state)),
    acceptedBy: accepts[0]?.byOpenid || null,
    resolvedBy: standing?.byOpenid || null,
  }
}

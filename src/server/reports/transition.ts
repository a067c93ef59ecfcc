import { AppError } from '../../shared/errors'
import {
  actorsOf,
  authorize,
  deadlinesFor,
  type Actor,
  type ReportAction,
  type ReportEvent,
  type ReportState,
  type TimeLimitTable,
} from '../../shared/reports'
import { checkText } from '../content-check'
import type { ActionContext, Cloud } from '../context'
import { COLL, type Database } from '../db'
import { factsOf } from '../../shared/figures'
import { writeRollups } from '../figures/rollup-write'
import { deliverInline } from '../notify'
import { newEventId, outboxDoc } from '../outbox'
import { announcement, eventPrefix, type Announced } from './announce'
import { findByRequest, type StoredReport } from './model'

/**
 * The write path of a report, in one place for the report function, the timer and filing: the
 * shared table decides, the event is built, the update is conditional on the version read, and
 * only the winner's side effects and notices happen.
 */

interface Deps {
  cloud: Cloud
  db: Database
  now: () => Date
}

/** What a step changes besides state, version and timeline, and what it does once it won. */
export interface Prepared {
  patch?: Record<string, unknown>
  /** Side effects (e.g. followers moving to the surviving report): run only after the win. */
  afterWin?: () => Promise<void>
  /** The event's photos as stored: the claimed copies of what the actor attached (claim.ts). */
  photos?: string[]
  /**
   * The next state when the step's checks decide it, instead of the table's: 更改类别 that moves
   * the report to another kind of handler is a 派单 and leads where 派单 does (reclassify.ts).
   */
  state?: ReportState
}

export interface Transition {
  action: ReportAction
  /** The caller, or the timer. */
  by: ActionContext | 'system'
  /** The version the actor saw. */
  version: number
  /** What the timeline records. */
  note?: string
  reason?: string
  photos?: string[]
  rating?: number
  /** Timeline entries before this one (the timer's 超时 mark before its 吹哨). */
  before?: ReportEvent[]
  /** Per-action checks and changes, run once the actor is allowed (they may still refuse). */
  prepare?: (at: Date) => Promise<Prepared>
  /** What the people concerned hear, when not the action and its note. */
  notice?: { action: Announced; note: string }
}

/**
 * Takes one step of the closed loop. Throws FORBIDDEN / CONFLICT from the table when the actor
 * may not; returns null when the report moved on (a stale version, or another writer won the
 * conditional update) — the caller says CONFLICT, the timer just moves on.
 */
export async function applyTransition(
  deps: Deps,
  r: StoredReport,
  t: Transition,
): Promise<StoredReport | null> {
  const actors: Actor[] = t.by === 'system' ? ['system'] : actorsOf(t.by, r)
  if (!actors.length) throw new AppError('FORBIDDEN', '没有权限处理此报事')
  const allowed = authorize(r.state, t.action, actors)
  const { actor } = allowed
  if (t.version !== r.version) return null
  // What a person wrote is checked before anything is stored (photos are claimed in prepare).
  if (t.by !== 'system') await checkText(t.by, [t.note, t.reason], 2)
  const at = deps.now()
  const { patch = {}, afterWin, photos, state } = (await t.prepare?.(at)) ?? {}
  const next = state ?? allowed.next
  const event = eventOf({ ...t, photos: photos ?? t.photos }, actor, at, r.state, next)
  const after: StoredReport = {
    ...r,
    ...patch,
    state: next,
    version: r.version + 1,
    events: [...r.events, ...(t.before ?? []), event],
    updatedAt: at,
  }
  // Who hears of it is resolved before the write (reads cannot join a transaction)…
  const notice = t.notice ?? { action: t.action, note: t.reason ?? t.note ?? '' }
  const notices = await announcement(deps, after, notice.action, event.byOpenid, notice.note)
  const outbox = outboxDoc(newEventId(eventPrefix(after, notice.action)), notices, at)
  const _ = deps.db.command
  // …and stored with the step: the report's update and its outbox row commit together or not at
  // all, so no crash between them can leave a step that nobody is told of.
  const won = await deps.db.runTransaction(async (tx) => {
    const cur = (await tx.collection(COLL.reports).doc(r._id).get()).data as StoredReport | null
    if (cur?.version !== r.version) return false
    const res = await tx
      .collection(COLL.reports)
      .doc(r._id)
      .update({
        data: {
          ...patch,
          state: next,
          version: r.version + 1,
          events: _.push({ each: [...(t.before ?? []), event] }),
          updatedAt: at,
          // The figures' facts and rollups change with the step, in its transaction.
          fig: _.set(factsOf(after)),
        },
      })
    if (!res.stats?.updated) throw new Error(`report ${r._id} not updated inside its transaction`)
    // A report stored before rollups (no `fig`) was never counted: the step counts it whole,
    // and the rebuild then skips it (figures/rollup-rebuild.ts).
    await writeRollups(tx, _, cur.fig ? cur : null, after)
    if (notices.length) {
      const { _id, ...doc } = outbox
      await tx.collection(COLL.outbox).doc(_id).set({ data: doc })
    }
    return true
  })
  if (!won) return null
  // The step happened: a failed side effect is logged, not reported as a failed step.
  await afterWin?.().catch((err) => console.error('[transition] side effect failed', r._id, err))
  if (notices.length) await deliverInline(deps, outbox)
  return after
}

/**
 * Files a new report: the first event, the insert (the unique requestKey lets one of two racing
 * submits in) with the handler's new-task notice in the same transaction. Returns false when the
 * insert lost that race.
 */
export async function fileReport(
  ctx: ActionContext,
  doc: Omit<StoredReport, 'events'>,
): Promise<boolean> {
  const first: ReportEvent = {
    at: doc.createdAt,
    action: 'create',
    byOpenid: ctx.openid,
    byRole: ctx.role,
    byName: ctx.user?.name ?? '',
    // 代报: the timeline says for whom (shown under the privacy table, view.ts).
    ...(doc.proxy ? { forName: doc.reporter.name || '居民' } : {}),
  }
  const filed = { ...doc, events: [first] }
  const stored: StoredReport = { ...filed, fig: factsOf(filed) }
  const notices = await announcement(ctx, stored, 'create', ctx.openid)
  const outbox = outboxDoc(newEventId(eventPrefix(stored, 'create')), notices, doc.createdAt)
  try {
    // The report and its new-task notice go in together, as a step and its notices do.
    await ctx.db.runTransaction(async (tx) => {
      const { _id, ...report } = stored
      await tx.collection(COLL.reports).doc(_id).set({ data: report })
      await writeRollups(tx, ctx.db.command, null, stored)
      if (notices.length) {
        const { _id: eventId, ...rest } = outbox
        await tx.collection(COLL.outbox).doc(eventId).set({ data: rest })
      }
    })
  } catch (err) {
    if (await findByRequest(ctx.db, ctx.openid, doc.requestId)) return false
    throw err
  }
  if (notices.length) await deliverInline(ctx, outbox)
  return true
}

/**
 * The deadlines when a clock starts again (creation, a new handler, a reopening): from `at` under
 * the office's limits; a reopening keeps its accept deadline, acceptance being long past.
 */
export function freshClock(
  r: Pick<StoredReport, 'categoryKey' | 'urgency'>,
  at: Date,
  limits: TimeLimitTable,
  keepAcceptBy?: Date,
) {
  const d = deadlinesFor(r.categoryKey, r.urgency, at.getTime(), limits)
  return {
    deadlines: { acceptBy: keepAcceptBy ?? new Date(d.acceptBy), resolveBy: new Date(d.resolveBy) },
    clockStart: at,
    reminded: {},
    overdue: false,
  }
}

/** Who an event names: the timer, or the caller (a staff member filing for themselves is 居民). */
function byOf(by: ActionContext | 'system', actor: Actor) {
  if (by === 'system') return { byOpenid: '', byRole: 'system' as const, byName: '系统' }
  const byRole = actor === 'reporter' && by.role !== 'resident' ? 'resident' : by.role
  return { byOpenid: by.openid, byRole, byName: by.user?.name ?? '' }
}

function eventOf(
  t: Transition,
  actor: Actor,
  at: Date,
  from: ReportState,
  to: ReportState,
): ReportEvent {
  return {
    at,
    action: t.action,
    ...byOf(t.by, actor),
    from,
    to,
    ...(t.note ? { note: t.note } : {}),
    ...(t.reason ? { reason: t.reason } : {}),
    ...(t.photos ? { photos: t.photos } : {}),
    ...(typeof t.rating === 'number' ? { rating: t.rating } : {}),
  }
}

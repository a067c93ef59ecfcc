import type { Cloud } from '@server/context'
import { walkRound } from '@server/batch-walk'
import { COLL, type Database } from '@server/db'
import { announce } from '@server/reports/announce'
import type { StoredReport } from '@server/reports/model'
import { applyTransition } from '@server/reports/transition'
import { slaSettings } from '@server/settings'
import {
  autoCloseDue,
  clockOf,
  CLOCKED_STATES,
  TRANSITIONS,
  type ReportEvent,
} from '@shared/reports'

const system = (at: Date, action: ReportEvent['action'], note: string): ReportEvent => ({
  at,
  action,
  byOpenid: '',
  byRole: 'system',
  byName: '系统',
  note,
})

/** The states the table lets the timer close by itself (已办结, unanswered). */
const AUTO_CLOSABLE = TRANSITIONS.filter(
  ([a, who]) => a === 'autoClose' && who === 'system',
).flatMap(([, , from]) => from)

export interface SweepResult {
  reminded: number
  escalated: number
  closed: number
}

type Deps = { cloud: Cloud; db: Database; now: () => Date }

/**
 * The timer's round (every minute): remind the handler at 80% of a limit, escalate to the
 * street office at 100%, close 已办结 reports the resident did not answer. Every write is
 * conditional (on the version, or on the flag it sets), so each happens once even if two rounds
 * overlap or a person acts at the same moment. Escalating and closing are transitions of the
 * shared table, taken by applyTransition like any person's step.
 */
export async function sweep(deps: Deps): Promise<SweepResult> {
  const { db } = deps
  const _ = db.command
  const at = deps.now()
  const now = at.getTime()
  // Each report closes after its own street's delay (read once per street per round).
  const delays = new Map<string, Promise<number>>()
  const delayOf = (streetId = '') => {
    let d = delays.get(streetId)
    if (!d) delays.set(streetId, (d = slaSettings(db, streetId).then((s) => s.autoCloseDays)))
    return d
  }
  const out: SweepResult = { reminded: 0, escalated: 0, closed: 0 }
  // Bounded: each round walks a few pages of the clocked reports from where the last stopped
  // (batch-walk.ts), served by the `state` index; a pass over them all spans rounds when many
  // are open, so a reminder or escalation is at most one pass late.
  await walkRound<StoredReport>(
    db,
    'slaClocked',
    COLL.reports,
    { state: _.in(CLOCKED_STATES) },
    async (r) => {
      const clock = clockOf(
        r.state,
        new Date(r.clockStart ?? r.createdAt).getTime(),
        {
          acceptBy: new Date(r.deadlines.acceptBy).getTime(),
          resolveBy: new Date(r.deadlines.resolveBy).getTime(),
        },
        now,
      )
      if (!clock) return
      const what = clock.kind === 'accept' ? '受理' : '办结'
      if (clock.overdue && !r.overdue) {
        const won = await applyTransition(deps, r, {
          action: 'escalate',
          by: 'system',
          version: r.version,
          note: `超时未${what}，自动吹哨上报街道`,
          before: [system(at, 'overdue', `超过${what}时限`)],
          prepare: async () => ({ patch: { overdue: true } }),
          notice: { action: 'autoEscalate', note: `超时未${what}，已上报街道` },
        })
        if (won) out.escalated++
      } else if (clock.reminderDue && !r.reminded?.[clock.kind]) {
        // Not a transition: the state stays; the flag it sets makes it happen once.
        const res = await db
          .collection(COLL.reports)
          .where({ _id: r._id, version: r.version, [`reminded.${clock.kind}`]: _.neq(true) })
          .update({
            data: {
              [`reminded.${clock.kind}`]: true,
              events: _.push(system(at, 'remind', `${what}时限将到，请尽快处理`)),
            },
          })
        if (res.stats?.updated) {
          out.reminded++
          await announce(deps, r, 'remind', '', `${what}时限将到（已过 80%），请尽快处理`)
        }
      }
    },
  )
  await walkRound<StoredReport>(
    db,
    'slaFixed',
    COLL.reports,
    { state: _.in(AUTO_CLOSABLE) },
    async (r) => {
      const autoCloseDays = await delayOf(r.streetId)
      if (!autoCloseDue(new Date(r.resolvedAt ?? r.updatedAt).getTime(), now, autoCloseDays)) return
      const won = await applyTransition(deps, r, {
        action: 'autoClose',
        by: 'system',
        version: r.version,
        note: `${autoCloseDays} 天内未回复，系统自动办结（回访记录：无回复）`,
        prepare: async (closedAt) => ({ patch: { closedAt } }),
        notice: { action: 'autoClose', note: '回访无回复，已自动办结' },
      })
      if (won) out.closed++
    },
  )
  return out
}

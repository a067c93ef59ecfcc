import type { Cloud, Database } from '../../../src/server/context'
import { announce } from '../../../src/server/reports/announce'
import { REPORTS, type StoredReport } from '../../../src/server/reports/model'
import { slaSettings } from '../../../src/server/settings'
import {
  autoCloseDue,
  clockOf,
  nextState,
  type ReportEvent,
  type ReportState,
} from '../../../src/shared/reports'

const WITH_CLOCK: ReportState[] = ['submitted', 'transferred', 'accepted', 'reopened']
const system = (
  at: Date,
  action: ReportEvent['action'],
  note: string,
  from?: ReportState,
  to?: ReportState,
): ReportEvent => ({
  at,
  action,
  byOpenid: '',
  byRole: 'system',
  byName: '系统',
  note,
  ...(from ? { from, to } : {}),
})

export interface SweepResult {
  reminded: number
  escalated: number
  closed: number
}

async function all(db: Database, where: object): Promise<StoredReport[]> {
  const out: StoredReport[] = []
  for (let skip = 0; ; skip += 1000) {
    const { data } = await db.collection(REPORTS).where(where).skip(skip).limit(1000).get()
    out.push(...(data as StoredReport[]))
    if (data.length < 1000) return out
  }
}

/**
 * The timer's round (every 5 minutes): remind the handler at 80% of a limit, escalate to the
 * street office at 100%, close 已办结 reports the resident did not answer. Every write is
 * conditional (on the version, or on the flag it sets), so each happens once even if two rounds
 * overlap or a person acts at the same moment.
 */
export async function sweep(deps: {
  cloud: Cloud
  db: Database
  now: () => Date
}): Promise<SweepResult> {
  const { db } = deps
  const _ = db.command
  const at = deps.now()
  const now = at.getTime()
  const { autoCloseDays } = await slaSettings(db)
  const out: SweepResult = { reminded: 0, escalated: 0, closed: 0 }
  for (const r of await all(db, { state: _.in(WITH_CLOCK) })) {
    const clock = clockOf(
      r.state,
      new Date(r.clockStart ?? r.createdAt).getTime(),
      {
        acceptBy: new Date(r.deadlines.acceptBy).getTime(),
        resolveBy: new Date(r.deadlines.resolveBy).getTime(),
      },
      now,
    )
    if (!clock) continue
    const what = clock.kind === 'accept' ? '受理' : '办结'
    if (clock.overdue && !r.overdue) {
      const to = nextState(r.state, 'escalate', 'system')
      const events = [
        system(at, 'overdue', `超过${what}时限`),
        system(at, 'escalate', `超时未${what}，自动吹哨上报街道`, r.state, to),
      ]
      const res = await db
        .collection(REPORTS)
        .where({ _id: r._id, version: r.version })
        .update({
          data: {
            state: to,
            version: r.version + 1,
            overdue: true,
            events: _.push({ each: events }),
            updatedAt: at,
          },
        })
      if (res.stats?.updated) {
        out.escalated++
        await announce(deps, { ...r, state: to }, 'overdue', '', `超时未${what}，已上报街道`)
      }
    } else if (clock.reminderDue && !r.reminded?.[clock.kind]) {
      const res = await db
        .collection(REPORTS)
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
  }
  for (const r of await all(db, { state: 'resolved' })) {
    if (!autoCloseDue(new Date(r.resolvedAt ?? r.updatedAt).getTime(), now, autoCloseDays)) continue
    const event = system(
      at,
      'autoClose',
      `${autoCloseDays} 天内未回复，系统自动办结（回访记录：无回复）`,
      'resolved',
      'closed',
    )
    const res = await db
      .collection(REPORTS)
      .where({ _id: r._id, version: r.version })
      .update({
        data: {
          state: 'closed',
          version: r.version + 1,
          closedAt: at,
          events: _.push(event),
          updatedAt: at,
        },
      })
    if (res.stats?.updated) {
      out.closed++
      await announce(deps, { ...r, state: 'closed' }, 'autoClose', '', '回访无回复，已自动办结')
    }
  }
  return out
}

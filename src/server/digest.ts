import { AWAITING_ACCEPT, OPEN_STATES } from '../shared/reports/states'
import { beijingDay, beijingFields } from '../shared/time'
import type { Cloud } from './context'
import { COLL, type Database } from './db'
import { notify, officeOpenids, type Notice } from './notify'
import { allStreets } from './street-scope'

interface Deps {
  cloud: Cloud
  db: Database
  now: () => Date
}

/** When the street office's daily digest goes out, Beijing time. */
export const DIGEST_AT = { hour: 8, minute: 30 }

export interface DigestCounts {
  /** Reports waiting for their handler to accept. */
  toAccept: number
  /** Open reports past a time limit. */
  overdue: number
  /** Certificate applications waiting for the office's review. */
  toReview: number
}

/** The counts of one street (or, without one, of every street). */
export async function digestCounts(db: Database, streetId?: string): Promise<DigestCounts> {
  const _ = db.command
  const mine = streetId === undefined ? {} : { streetId }
  const count = async (coll: 'reports' | 'applications', where: Record<string, unknown>) =>
    (await db.collection(coll).where({ ...mine, ...where }).count()).total
  const [toAccept, overdue, toReview] = await Promise.all([
    count(COLL.reports, { state: _.in([...AWAITING_ACCEPT]) }),
    count(COLL.reports, { state: _.in([...OPEN_STATES]), overdue: true }),
    count(COLL.applications, { state: 'submitted' }),
  ])
  return { toAccept, overdue, toReview }
}

/**
 * The office's one message a day (待受理 / 已超时 / 待审核), sent by the first timer round at or
 * after 08:30 Beijing time — a late or missed trigger still sends it that day. Inserting the day's
 * `digests` row is the claim, so overlapping rounds send it once. Returns the counts if it went.
 */
export async function officeDigest(deps: Deps): Promise<DigestCounts | null> {
  const at = deps.now()
  const { hour, minute } = beijingFields(at)
  if (hour * 60 + minute < DIGEST_AT.hour * 60 + DIGEST_AT.minute) return null
  const day = beijingDay(at)
  try {
    await deps.db.collection(COLL.digests).add({ data: { _id: `digest-${day}`, at } })
  } catch {
    return null // already sent today
  }
  // Each street's office hears of its own street's work only (street-scope.ts).
  const notices: Notice[] = []
  const total: DigestCounts = { toAccept: 0, overdue: 0, toReview: 0 }
  for (const street of await allStreets(deps.db)) {
    const c = await digestCounts(deps.db, street._id)
    for (const k of ['toAccept', 'overdue', 'toReview'] as const) total[k] += c[k]
    for (const to of await officeOpenids(deps.db, street._id))
      notices.push({
        toOpenid: to,
        kind: 'digest',
        title: `今日待办：待受理 ${c.toAccept} · 已超时 ${c.overdue} · 待审核 ${c.toReview}`,
        body: `报事待受理 ${c.toAccept} 件，已超时 ${c.overdue} 件；证明申请待审核 ${c.toReview} 件`,
        page: '/pages/office/console/index',
        refId: `digest-${day}`,
      })
  }
  await notify(deps, notices, `digest-${day}`)
  return total
}

import { AWAITING_ACCEPT, OPEN_STATES } from '../shared/reports/states'
import { beijingDay, beijingFields } from '../shared/time'
import type { Cloud } from './context'
import { COLL, type Database } from './db'
import { notify, officeOpenids, type Notice } from './notify'

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

export async function digestCounts(db: Database): Promise<DigestCounts> {
  const _ = db.command
  const count = async (coll: 'reports' | 'applications', where: Record<string, unknown>) =>
    (await db.collection(coll).where(where).count()).total
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
  const c = await digestCounts(deps.db)
  const notices: Notice[] = (await officeOpenids(deps.db)).map((to) => ({
    toOpenid: to,
    kind: 'digest',
    title: `今日待办：待受理 ${c.toAccept} · 已超时 ${c.overdue} · 待审核 ${c.toReview}`,
    body: `报事待受理 ${c.toAccept} 件，已超时 ${c.overdue} 件；证明申请待审核 ${c.toReview} 件`,
    page: '/pages/office/console/index',
    refId: `digest-${day}`,
  }))
  await notify(deps, notices, `digest-${day}`)
  return c
}

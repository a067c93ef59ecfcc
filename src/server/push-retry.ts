import type { TemplateKey } from '../shared/subscribe'
import type { Cloud } from './context'
import { COLL, type Database } from './db'
import { dropGrant, spendGrant } from './grants'
import { isLongTerm, templateData, templateId } from './templates'

interface Deps {
  cloud: Cloud
  db: Database
  now: () => Date
}

/**
 * Spends one banked grant (grants.ts), then sends the subscribe message with the configured
 * template (templates.ts: fields renamed and cut to WeChat's limits). 'noGrant' when none was left
 * (the caller may try another template), 'failed' when the send failed — one that failed for a
 * passing reason is queued here for the timer.
 */
export async function sendPush(
  deps: Deps,
  openid: string,
  template: TemplateKey,
  page: string,
  values: Record<string, string>,
): Promise<'sent' | 'noGrant' | 'failed'> {
  const { cloud, db } = deps
  const tplId = templateId(template)
  const longTerm = isLongTerm(template)
  try {
    if (!(await spendGrant(db, openid, tplId, longTerm))) return 'noGrant'
  } catch (err) {
    console.error('[push] grant lookup failed', err)
    return 'failed'
  }
  const payload = {
    touser: openid,
    templateId: tplId,
    page,
    data: templateData(template, values),
    miniprogramState: 'formal',
  }
  try {
    await cloud.openapi.subscribeMessage.send(payload)
    return 'sent'
  } catch (err) {
    // 43101: WeChat says the user holds no grant — our count was wrong; don't retry. A long-term
    // one was turned off in the user's settings: stop using it.
    if ((err as { errCode?: number }).errCode === 43101) {
      if (longTerm) await dropGrant(db, openid, tplId).catch(() => undefined)
      return 'noGrant'
    }
    await db
      .collection(COLL.pushRetry)
      .add({
        data: {
          ...payload,
          attempts: 1,
          lastError: String((err as Error).message ?? err),
          createdAt: deps.now(),
        },
      })
      .catch(() => undefined)
    return 'failed'
  }
}

/** Attempts in all (the first send included); then the row stays, marked given up, for review. */
export const PUSH_MAX_ATTEMPTS = 5
/** Wait before attempt n+1: 5, 10, 20, 40 minutes — a WeChat outage is usually short. */
const backoffMs = (attempts: number) => 5 * 60_000 * 2 ** (attempts - 1)

interface RetryRow {
  _id: string
  touser: string
  templateId: string
  page: string
  data: Record<string, { value: string }>
  miniprogramState: string
  attempts: number
  createdAt: Date
  nextAt?: Date
}

export interface RetryResult {
  sent: number
  failed: number
  gaveUp: number
}

/**
 * Sends again the subscribe messages that failed for a passing reason (the grant was already
 * taken on the first try, so a retry uses no other). Each row is claimed with a conditional
 * update on its attempt count, so two overlapping timer rounds never send it twice.
 */
export async function retryPushes(deps: Deps): Promise<RetryResult> {
  const { cloud, db } = deps
  const _ = db.command
  const at = deps.now()
  const out: RetryResult = { sent: 0, failed: 0, gaveUp: 0 }
  const { data } = await db
    .collection(COLL.pushRetry)
    .where({ attempts: _.lt(PUSH_MAX_ATTEMPTS) })
    .orderBy('createdAt', 'asc')
    .limit(100)
    .get()
  for (const row of data as RetryRow[]) {
    const due = row.nextAt ?? new Date(new Date(row.createdAt).getTime() + backoffMs(1))
    if (new Date(due).getTime() > at.getTime()) continue
    const attempts = row.attempts + 1
    const claim = await db
      .collection(COLL.pushRetry)
      .where({ _id: row._id, attempts: row.attempts })
      .update({ data: { attempts, nextAt: new Date(at.getTime() + backoffMs(attempts)) } })
    if (!claim.stats?.updated) continue
    const { touser, templateId, page, data: fields, miniprogramState } = row
    try {
      await cloud.openapi.subscribeMessage.send({
        touser,
        templateId,
        page,
        data: fields,
        miniprogramState,
      })
      await db.collection(COLL.pushRetry).doc(row._id).remove()
      out.sent++
    } catch (err) {
      const gaveUp = attempts >= PUSH_MAX_ATTEMPTS
      await db
        .collection(COLL.pushRetry)
        .doc(row._id)
        .update({ data: { lastError: String((err as Error).message ?? err), gaveUp } })
      if (gaveUp) out.gaveUp++
      else out.failed++
    }
  }
  return out
}

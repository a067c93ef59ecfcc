import { TEMPLATES, type TemplateKey } from '../shared/subscribe'
import type { Cloud } from './context'
import { COLL, type Database } from './db'

/** One in-app message (消息), the notice every change produces whether or not a push is possible. */
export interface Notice {
  toOpenid: string
  /** What it is about, for grouping and icons: 'report' | 'task' | 'certificate' … */
  kind: string
  title: string
  body: string
  /** The page that opens when the message is tapped, with its query. */
  page: string
  refId: string
  /** A subscribe message to send as well, when the user holds a grant for it. */
  push?: { template: TemplateKey; data: Record<string, string> }
}

/** The street office's staff: they hear of escalations, returns and new applications. */
export async function officeOpenids(db: Database): Promise<string[]> {
  const { data } = await db.collection(COLL.users).where({ role: 'office' }).limit(100).get()
  return (data as Array<{ _id: string }>).map((u) => u._id)
}

interface Deps {
  cloud: Cloud
  db: Database
  now: () => Date
}

/**
 * Stores each notice as an in-app message, then sends its subscribe message where the user
 * holds an unused grant (one send uses one grant). Never throws: a failed push must not fail the
 * action that caused it; it is queued for retry instead.
 */
export async function notify(deps: Deps, notices: Notice[]): Promise<void> {
  const { db, now } = deps
  for (const n of notices) {
    const { push, ...message } = n
    try {
      await db
        .collection(COLL.messages)
        .add({ data: { ...message, read: false, createdAt: now() } })
    } catch (err) {
      console.error('[notify] in-app message not stored', n.toOpenid, err)
    }
    if (push) await sendPush(deps, n.toOpenid, push.template, n.page, push.data)
  }
}

/** Takes one grant (a conditional decrement, so two sends can't share it), then sends. */
export async function sendPush(
  deps: Deps,
  openid: string,
  template: TemplateKey,
  page: string,
  data: Record<string, string>,
): Promise<boolean> {
  const { cloud, db } = deps
  const templateId = TEMPLATES[template]
  const _ = db.command
  try {
    const took = await db
      .collection(COLL.grants)
      .where({ _id: `${openid}:${templateId}`, count: _.gt(0) })
      .update({ data: { count: _.inc(-1) } })
    if (!took.stats?.updated) return false
  } catch (err) {
    console.error('[notify] grant lookup failed', err)
    return false
  }
  const payload = { touser: openid, templateId, page, data: wrap(data), miniprogramState: 'formal' }
  try {
    await cloud.openapi.subscribeMessage.send(payload)
    return true
  } catch (err) {
    const code = (err as { errCode?: number }).errCode
    // 43101: WeChat says the user holds no grant — our count was wrong; don't retry.
    if (code === 43101) return false
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
    return false
  }
}

function wrap(data: Record<string, string>): Record<string, { value: string }> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, { value: v }]))
}

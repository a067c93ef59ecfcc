import type { Cloud } from './context'
import { COLL, type Database } from './db'
import { sendPush } from './push-retry'
import type { TemplateKey } from '../shared/subscribe'

/**
 * The durable outbox of notices. An event that tells people something writes ONE document (its
 * recipients and words, as announce resolved them) — a report step in the same transaction as
 * the step itself (reports/transition.ts), so a step never happens untold; delivering it is
 * separate — a few recipients inline, the rest by the timer — and idempotent per
 * (event, recipient): the in-app message's `_id` is `<eventId>:<openid>`, so a replayed delivery
 * (a killed worker, a timed-out function, two timer rounds) finds it stored and goes on. The push
 * goes with the insert that stored the message, so it is sent at most once (a crash between the
 * two loses a push, never an in-app notice).
 */

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
  push?: {
    template: TemplateKey
    data: Record<string, string>
    /** The template to use instead when the recipient holds no grant of `template`. */
    orElse?: TemplateKey
  }
}

interface Deps {
  cloud: Cloud
  db: Database
  now: () => Date
}

export interface OutboxDoc {
  _id: string
  notices: Notice[]
  /** Recipients before this index are known delivered (a hint: delivery is idempotent anyway). */
  next: number
  done: boolean
  createdAt: Date
}

/** Recipients delivered inside the action that caused them: the answer waits for no more. */
export const INLINE_RECIPIENTS = 10
/** Recipients delivered side by side. */
const CHUNK = 10
/** Events a timer round takes on, oldest first. */
const ROUND_EVENTS = 50

export function newEventId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
}

/** The event's one outbox document, not yet delivered to anyone. */
export function outboxDoc(eventId: string, notices: Notice[], now: Date): OutboxDoc {
  return { _id: eventId, notices, next: 0, done: false, createdAt: now }
}

/** Writes the event's one outbox document. Throws if it cannot: the caller logs it. */
export async function enqueue(deps: Deps, eventId: string, notices: Notice[]): Promise<void> {
  if (!notices.length) return
  const { _id, ...doc } = outboxDoc(eventId, notices, deps.now())
  await deps.db.collection(COLL.outbox).doc(_id).set({ data: doc })
}

/**
 * Delivers up to `max` recipients of one event from where it stands; marks it done once all are.
 * Stops (leaving the rest) at the first failure to store, so an outage delays, never drops.
 * Returns how many recipients it delivered.
 */
export async function drainEvent(deps: Deps, doc: OutboxDoc, max = Infinity): Promise<number> {
  const _ = deps.db.command
  const end = Math.min(doc.notices.length, doc.next + max)
  let i = doc.next
  while (i < end) {
    // A chunk at a time, side by side: delivery is idempotent, so order within it doesn't matter.
    const chunk = doc.notices.slice(i, Math.min(end, i + CHUNK))
    const ok = await Promise.all(chunk.map((n) => deliver(deps, doc._id, n)))
    const failed = ok.indexOf(false)
    i += failed < 0 ? chunk.length : failed
    if (failed >= 0) break // the rest (and any later successes, harmlessly) next round
    // Progress after each chunk, so a replay after a crash repeats (harmlessly) at most one.
    if (i < end) await markNext(deps, doc._id, i)
  }
  const done = i >= doc.notices.length
  await deps.db
    .collection(COLL.outbox)
    .where({ _id: doc._id, next: _.lt(i) })
    .update({ data: { next: i, ...(done ? { done: true, doneAt: deps.now() } : {}) } })
  return i - doc.next
}

function markNext(deps: Deps, id: string, next: number) {
  const _ = deps.db.command
  return deps.db
    .collection(COLL.outbox)
    .where({ _id: id, next: _.lt(next) })
    .update({ data: { next } })
}

/** Stores one recipient's message if it isn't yet, then (only then) sends its push. */
async function deliver(deps: Deps, eventId: string, n: Notice): Promise<boolean> {
  const { push, ...message } = n
  const _id = `${eventId}:${n.toOpenid}`
  try {
    await deps.db
      .collection(COLL.messages)
      .add({ data: { _id, ...message, read: false, createdAt: deps.now() } })
  } catch (err) {
    // Already stored by an earlier, interrupted delivery: done, and its push was its business.
    const { data } = await deps.db.collection(COLL.messages).where({ _id }).limit(1).get()
    if (data.length) return true
    console.error('[outbox] message not stored', _id, err)
    return false
  }
  if (push) {
    const { template, orElse, data } = push
    const sent = await sendPush(deps, n.toOpenid, template, n.page, data)
    if (sent === 'noGrant' && orElse) await sendPush(deps, n.toOpenid, orElse, n.page, data)
  }
  return true
}

/** The timer's round: every undelivered event, oldest first, to the end. */
export async function drainOutbox(deps: Deps): Promise<{ events: number; delivered: number }> {
  const { data } = await deps.db
    .collection(COLL.outbox)
    .where({ done: false })
    .orderBy('createdAt', 'asc')
    .limit(ROUND_EVENTS)
    .get()
  let delivered = 0
  for (const doc of data as OutboxDoc[]) delivered += await drainEvent(deps, doc)
  return { events: data.length, delivered }
}

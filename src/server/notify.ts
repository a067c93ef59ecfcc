import type { Cloud } from './context'
import { COLL, type Database } from './db'
import {
  INLINE_RECIPIENTS,
  drainEvent,
  enqueue,
  newEventId,
  outboxDoc,
  type Notice,
  type OutboxDoc,
} from './outbox'

export type { Notice } from './outbox'

/** The street office's staff: they hear of escalations, returns and new applications. */
export async function officeOpenids(db: Database, streetId?: string): Promise<string[]> {
  // One street's office when the matter is a street's (issue 20), every office user otherwise.
  const where = { role: 'office', ...(streetId !== undefined ? { streetId } : {}) }
  const { data } = await db.collection(COLL.users).where(where).limit(100).get()
  return (data as Array<{ _id: string }>).map((u) => u._id)
}

interface Deps {
  cloud: Cloud
  db: Database
  now: () => Date
}

/**
 * Tells people of one event: its notices go into the outbox as one document, the first few are
 * delivered at once, the rest by the timer (outbox.ts) — so the action answers in the same time
 * for 1 recipient or 500. Never throws: a failed notice must not fail the action that caused it.
 * `eventId` names the event (a prefix is enough: it is made unique here).
 */
export async function notify(deps: Deps, notices: Notice[], eventId = 'event'): Promise<void> {
  if (!notices.length) return
  const id = newEventId(eventId)
  const doc = outboxDoc(id, notices, deps.now())
  try {
    await enqueue(deps, id, notices)
  } catch (err) {
    // No outbox row: deliver what we can now, since nothing else will.
    console.error('[notify] outbox not written, delivering inline', id, err)
    await drainEvent(deps, doc).catch((e) => console.error('[notify] delivery failed', id, e))
    return
  }
  await deliverInline(deps, doc)
}

/** The first few recipients of a stored outbox document, now; the timer delivers the rest. */
export async function deliverInline(deps: Deps, doc: OutboxDoc): Promise<void> {
  await drainEvent(deps, doc, INLINE_RECIPIENTS).catch((err) =>
    console.error('[notify] inline delivery failed; the timer delivers', doc._id, err),
  )
}

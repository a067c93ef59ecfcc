import { AppError } from '../shared/errors'
import { COLL, findById, type Database, type Transaction } from './db'

/**
 * Sequence counters (`certificate_serials`, one document per sequence: `residence-haibei-2026`,
 * `report-haibei-20261201`): read and bumped inside a transaction, so two callers at once get
 * consecutive numbers, never the same one.
 */

/** The counter starts at 0 the first time its sequence is used. */
export async function ensureCounter(db: Database, counterId: string): Promise<void> {
  if (await findById(db, COLL.serials, counterId)) return
  await db
    .collection(COLL.serials)
    .add({ data: { _id: counterId, seq: 0 } })
    .catch(() => undefined) // another caller created it first
}

/** The counter's value bumped by one inside `t` (the caller's transaction). */
export async function bumpIn(t: Transaction, counterId: string): Promise<number> {
  const counter = (await t.collection(COLL.serials).doc(counterId).get()).data as { seq: number }
  const seq = counter.seq + 1
  await t.collection(COLL.serials).doc(counterId).update({ data: { seq } })
  return seq
}

/** The next number of a sequence on its own (CloudBase aborts one of two clashing transactions: retried). */
export async function nextInSequence(db: Database, counterId: string): Promise<number> {
  await ensureCounter(db, counterId)
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.runTransaction((t) => bumpIn(t, counterId))
    } catch (err) {
      if (err instanceof AppError || attempt >= 5) throw err
    }
  }
}

import { searchTerms } from '../../shared/reports'
import { COLL, findById, type Database } from '../db'

/** Reports read per timer round: one page of the database, well inside the function's timeout. */
export const BACKFILL_BATCH = 100
const CURSOR_ID = 'termsBackfill'

interface Cursor {
  /** The createdAt the next round starts at (inclusive); null before the first round. */
  after: Date | null
  done: boolean
}

/**
 * Reports stored before `terms` existed (open311/file.ts writes them on create) are not found by
 * words: give them their description's terms, a batch per sla timer round, walking `createdAt`
 * upwards (served by createdAt_-1; `terms` missing is not an index lookup) from a cursor kept in
 * settings. Idempotent: a report that has terms is skipped, a round repeated rewrites nothing.
 *
 * Why the timer and not an office action: it must finish on every environment after a deploy
 * without anyone remembering to press a button, in bounded rounds a function timeout cannot cut
 * short halfway — and it is data upkeep, not a decision of the office's.
 */
export async function backfillTerms(db: Database, at: Date): Promise<{ filled: number }> {
  const saved = await findById<Partial<Cursor>>(db, COLL.settings, CURSOR_ID)
  if (saved?.done) return { filled: 0 }
  const after = saved?.after ? new Date(saved.after) : new Date(0)
  const { data } = await db
    .collection(COLL.reports)
    .where({ createdAt: db.command.gte(after) })
    .orderBy('createdAt', 'asc')
    .limit(BACKFILL_BATCH)
    .get()
  const rows = data as Array<{
    _id: string
    description?: string
    terms?: unknown
    createdAt: Date
  }>
  let filled = 0
  for (const r of rows) {
    if (Array.isArray(r.terms)) continue
    await db
      .collection(COLL.reports)
      .doc(r._id)
      .update({ data: { terms: searchTerms(r.description ?? '') } })
    filled++
  }
  const last = rows.length ? new Date(rows[rows.length - 1].createdAt) : after
  // The next round re-reads the reports at `last` (ties are not skipped); a full batch all at
  // one instant would never move on, so it steps past that millisecond.
  const next =
    rows.length && last.getTime() === after.getTime() ? new Date(last.getTime() + 1) : last
  const cursor: Cursor = { after: next, done: rows.length < BACKFILL_BATCH }
  await db
    .collection(COLL.settings)
    .doc(CURSOR_ID)
    .set({ data: { ...cursor, updatedAt: at } })
  return { filled }
}

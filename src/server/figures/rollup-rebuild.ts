import { factsOf, type RollupInput } from '../../shared/figures'
import { COLL, findById, type Database } from '../db'
import { writeRollups } from './rollup-write'

/** Reports read per timer round (one page; each uncounted one is a transaction of its own). */
export const REBUILD_BATCH = 100
export const REBUILD_CURSOR_ID = 'rollupRebuild'

interface Cursor {
  /** The createdAt the next round starts at (inclusive); null before the first round. */
  after: Date | null
  done: boolean
  /** Reports counted over every round so far. */
  counted: number
}

/**
 * The rollups of reports stored before rollups existed: a bounded batch a sla timer round,
 * walking `createdAt` upwards (index createdAt_-1) from a cursor kept in settings.
 *
 * A report counts in the rollups exactly when it carries its facts `fig`: filing, every step and
 * this job write `fig` and the report's cells in the same transaction. So this job counts a report
 * without `fig` (its cells as it stands now, `cellsDelta(null, report)`) and sets its `fig`,
 * inside one transaction that re-reads it first:
 * - idempotent: a rerun, a repeated round or two overlapping rounds find `fig` and skip it; the
 *   rollups come out the same, never doubled;
 * - safe while steps keep happening: a step on a report not yet reached counts it whole (it sees
 *   no `fig` on the report it read inside its transaction: applyTransition) and sets `fig`, so
 *   this job then skips it; a step after this job's commit sees `fig` and adds its delta only.
 *   Both re-read the report inside their transaction, which CloudBase isolates per document.
 *
 * Why the timer and not an office button: it must finish on every environment after the deploy
 * without anyone remembering, in rounds a function timeout cannot cut short halfway.
 */
export async function rebuildRollups(db: Database): Promise<{ counted: number }> {
  const saved = await findById<Partial<Cursor>>(db, COLL.settings, REBUILD_CURSOR_ID)
  if (saved?.done) return { counted: 0 }
  const after = saved?.after ? new Date(saved.after) : new Date(0)
  const { data } = await db
    .collection(COLL.reports)
    .where({ createdAt: db.command.gte(after) })
    .orderBy('createdAt', 'asc')
    .limit(REBUILD_BATCH)
    .get()
  const rows = data as Array<{ _id: string; fig?: unknown; createdAt: Date }>
  let counted = 0
  for (const r of rows) if (!r.fig && (await countOnce(db, r._id))) counted++
  const last = rows.length ? new Date(rows[rows.length - 1].createdAt) : after
  // Ties at `last` are read again next round (and skipped: they have `fig`); a full batch all at
  // one instant would never move on, so it steps past that millisecond.
  const next =
    rows.length && last.getTime() === after.getTime() ? new Date(last.getTime() + 1) : last
  const cursor: Cursor = {
    after: next,
    done: rows.length < REBUILD_BATCH,
    counted: (saved?.counted ?? 0) + counted,
  }
  await db.collection(COLL.settings).doc(REBUILD_CURSOR_ID).set({ data: cursor })
  return { counted }
}

/** Counts one report in the rollups and stores its facts, unless something already did. */
async function countOnce(db: Database, id: string): Promise<boolean> {
  return db.runTransaction(async (tx) => {
    const ref = tx.collection(COLL.reports).doc(id)
    const cur = (await ref.get()).data as (RollupInput & { fig?: unknown }) | null
    if (!cur || cur.fig) return false
    await ref.update({ data: { fig: db.command.set(factsOf(cur)) } })
    await writeRollups(tx, db.command, null, cur)
    return true
  })
}

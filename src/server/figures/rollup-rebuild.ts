import { factsOf, type RollupInput } from '../../shared/figures'
import { walkRound } from '../batch-walk'
import { COLL, findById, type Database } from '../db'
import { writeRollups } from './rollup-write'

/** The job's state in settings: done once a whole pass over the reports counted every one. */
export const REBUILD_ID = 'rollupRebuild'

interface RebuildState {
  done: boolean
  /** Reports this job counted, over every round so far. */
  counted: number
  /** Reports whose counting failed in this pass (a conflict, a timeout): the next pass retries. */
  failed: number
}

/**
 * The rollups of reports stored before rollups existed: a bounded share of the reports per sla
 * timer round (batch-walk.ts: pages in `_id` order from a cursor, within a time budget).
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
 * without anyone remembering, in rounds a function timeout cannot cut short halfway. Removing
 * the settings document `rollupRebuild` runs it again (it then changes nothing).
 */
export async function rebuildRollups(db: Database): Promise<{ counted: number }> {
  const saved = await findById<Partial<RebuildState>>(db, COLL.settings, REBUILD_ID)
  if (saved?.done) return { counted: 0 }
  let counted = 0
  // A report from before streets has no street yet (street-backfill.ts gives it one): counted
  // now, its cells would go under no street's keys. It waits for a later pass.
  let waiting = 0
  const walk = await walkRound<{ _id: string; fig?: unknown; streetId?: string }>(
    db,
    REBUILD_ID,
    COLL.reports,
    {},
    async (r) => {
      if (r.fig) return
      if (!r.streetId) waiting++
      else if (await countOnce(db, r._id)) counted++
    },
  )
  const failed = (saved?.failed ?? 0) + walk.failed + waiting
  const state: RebuildState = {
    // Done after a pass that failed nowhere; otherwise another pass (skipping what is counted).
    done: walk.passDone && !failed,
    counted: (saved?.counted ?? 0) + counted,
    failed: walk.passDone ? 0 : failed,
  }
  await db.collection(COLL.settings).doc(REBUILD_ID).set({ data: state })
  return { counted }
}

/** Counts one report in the rollups and stores its facts, unless something already did. */
async function countOnce(db: Database, id: string): Promise<boolean> {
  return db.runTransaction(async (tx) => {
    const ref = tx.collection(COLL.reports).doc(id)
    const cur = (await ref.get()).data as (RollupInput & { fig?: unknown }) | null
    if (!cur || cur.fig || !cur.streetId) return false
    await ref.update({ data: { fig: db.command.set(factsOf(cur)) } })
    await writeRollups(tx, db.command, null, cur)
    return true
  })
}

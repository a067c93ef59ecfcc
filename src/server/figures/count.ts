import { factsOf } from '../../shared/figures'
import { COLL, type Database } from '../db'
import type { StoredReport } from '../reports/model'

/**
 * Keeps a report's `fig` (src/shared/figures/facts.ts) current: called once after every step that
 * won (applyTransition) and after filing. Why facts on the report rather than daily counters:
 * percentiles and the "due in the period" cohort cannot be rebuilt from counters, and a rate over
 * any scope × period is one grouped aggregation over indexed fields (`fig.day`, `fig.dueDay` with
 * the scope's field), whose cost grows with the period asked for, never with the years stored.
 * Conditional on the version: of two racing writers, the later step's facts stand.
 */
export async function countStep(db: Database, after: StoredReport): Promise<void> {
  const _ = db.command
  await db
    .collection(COLL.reports)
    .where({ _id: after._id, version: after.version })
    .update({ data: { fig: _.set(factsOf(after)) } })
    .catch((err) => console.error('[figures] facts not updated', after._id, err))
}

import { COLL, findById, type CollectionName, type Database } from './db'
import { allStreets } from './street-scope'

/**
 * Data stored before streets existed (issue 20) carries no `streetId`, so every street-scoped
 * query misses it: the office would see none of its old reports, its staff would belong to no
 * street. A single-street environment is upgraded by giving every such place, report,
 * application, invitation and staff row the one street — a batch per `sla` timer round, walking
 * each collection by `_id` from a cursor kept in settings (like terms-backfill.ts), so it finishes
 * on every environment after a deploy without anyone pressing a button, in rounds a function
 * timeout cannot cut halfway.
 *
 * - No street yet (an environment from before streets): it waits until the district creates one
 *   (grid.createStreet); that street's name and code are then the old data's.
 * - The street is fixed when the walk starts: a street the district adds meanwhile never
 *   receives old data. Started with several streets (nothing old to place), documents without a
 *   street are left alone and counted.
 * - Idempotent: a document with a street is never rewritten; a round repeated writes nothing.
 */

/** Ids read per round (one page with only `streetId` and `role` projected: small). */
export const STREET_BACKFILL_BATCH = 500
const CURSOR_ID = 'streetBackfill'

/** The collections whose documents belong to a street, in the order walked. */
const OWNED: readonly CollectionName[] = [
  COLL.communities,
  COLL.propertyCompanies,
  COLL.compounds,
  COLL.grids,
  COLL.buildings,
  COLL.reports,
  COLL.applications,
  COLL.invitations,
  COLL.users,
]
/** Staff belong to a street; a resident's street is their home's (street-scope.ts). */
const STAFF = ['grid_worker', 'property_staff', 'office']

interface Cursor {
  /** The street old documents go to; '' = several streets at the start, none placed. */
  streetId: string
  /** Index into OWNED, and the last `_id` done in it. */
  coll: number
  after: string
  done: boolean
}

export interface StreetBackfillRound {
  filled: number
  /** Documents without a street that had none to go to (several streets at the start). */
  unplaced: number
  waiting?: 'noStreet'
}

async function start(db: Database): Promise<Cursor | null> {
  const streets = await allStreets(db)
  if (!streets.length) return null
  return { streetId: streets.length === 1 ? streets[0]._id : '', coll: 0, after: '', done: false }
}

export async function backfillStreets(db: Database, at: Date): Promise<StreetBackfillRound> {
  const saved = await findById<Cursor>(db, COLL.settings, CURSOR_ID)
  if (saved?.done) return { filled: 0, unplaced: 0 }
  // The stored cursor's own fields only (set() refuses an `_id` in its data).
  const cursor: Cursor | null = saved
    ? { streetId: saved.streetId, coll: saved.coll, after: saved.after, done: false }
    : await start(db)
  if (!cursor) return { filled: 0, unplaced: 0, waiting: 'noStreet' }
  const coll = OWNED[cursor.coll]
  const _ = db.command
  const { data } = await db
    .collection(coll)
    .where(cursor.after ? { _id: _.gt(cursor.after) } : {})
    .field({ _id: true, streetId: true, role: true })
    .orderBy('_id', 'asc')
    .limit(STREET_BACKFILL_BATCH)
    .get()
  const rows = data as Array<{ _id: string; streetId?: string; role?: string }>
  const lacking = rows
    .filter((d) => !d.streetId && (coll !== COLL.users || STAFF.includes(d.role ?? '')))
    .map((d) => d._id)
  let filled = 0
  if (lacking.length && cursor.streetId) {
    // One conditional multi-document update per round; rows given a street meanwhile keep it.
    const res = await db
      .collection(coll)
      .where({ _id: _.in(lacking), streetId: _.in(['', null]) })
      .update({ data: { streetId: cursor.streetId } })
    filled = res.stats?.updated ?? 0
  }
  const full = rows.length === STREET_BACKFILL_BATCH
  const next: Cursor = full
    ? { ...cursor, after: rows[rows.length - 1]._id }
    : { ...cursor, coll: cursor.coll + 1, after: '', done: cursor.coll + 1 >= OWNED.length }
  await db
    .collection(COLL.settings)
    .doc(CURSOR_ID)
    .set({ data: { ...next, updatedAt: at } })
  return { filled, unplaced: cursor.streetId ? 0 : lacking.length }
}

import { COLL, findById, type CollectionName, type Database } from './db'

/** Documents one page of a walk reads. */
export const WALK_BATCH = 100
/**
 * Wall-clock time a round may spend on its documents before it stops and leaves the rest to the
 * next round: the timer function has 60 s (cloudfunctions/sla/config.json) for every walk of its round
 * and more besides.
 */
export const WALK_BUDGET_MS = 12_000

/**
 * One round's share of a walk over every document matching `where`, in `_id` order: at most
 * `pages` pages of `batch` from where the last round stopped (a cursor `walk:<name>` in
 * settings), so no round loads an unbounded number of documents however many match. Once a page
 * comes back short the pass is complete and the next round starts again from the first.
 * A round also stops once its time budget is spent, the cursor at the last document it handled.
 * A document added behind the cursor waits for the next pass: at most one pass late.
 * A document whose handling throws is logged and counted in `failed`, and the walk moves on: one
 * bad document must not hold up every one after it, round after round; the next pass retries it.
 */
export async function walkRound<T extends { _id: string }>(
  db: Database,
  name: string,
  coll: CollectionName,
  where: object,
  each: (row: T) => Promise<void>,
  { batch = WALK_BATCH, pages = 2, budgetMs = WALK_BUDGET_MS } = {},
): Promise<{ read: number; passDone: boolean; failed: number }> {
  // Real elapsed time, not the platform clock (which a test may hold still).
  const stopAt = performance.now() + budgetMs
  const id = `walk:${name}`
  let after = (await findById<{ after?: string }>(db, COLL.settings, id))?.after ?? ''
  let read = 0
  let failed = 0
  let passDone = false
  let spent = false
  for (let p = 0; p < pages && !passDone && !spent; p++) {
    const { data } = await db
      .collection(coll)
      .where({ ...where, _id: db.command.gt(after) })
      .orderBy('_id', 'asc')
      .limit(batch)
      .get()
    const rows = data as T[]
    for (const row of rows) {
      try {
        await each(row)
      } catch (err) {
        failed++
        console.error(`[walk ${name}] ${row._id} failed`, err)
      }
      read++
      after = row._id
      if ((spent = performance.now() > stopAt)) break
    }
    passDone = !spent && rows.length < batch
    if (passDone) after = ''
  }
  await db.collection(COLL.settings).doc(id).set({ data: { after } })
  return { read, passDone, failed }
}

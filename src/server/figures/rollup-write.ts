import { cellsDelta, rollupDoc, type RollupInput } from '../../shared/figures'
import { COLL, type Command, type Transaction } from '../db'

/**
 * Applies what a step changed to the figures' rollups, inside the step's transaction: the
 * report's update, its outbox row and its rollups commit together or not at all, so a figure
 * never counts a step that did not happen nor misses one that did. `before` is the report as
 * read inside the transaction (null when filing), `after` as it will be stored.
 *
 * Increments, not read-modify-write: `_.inc` on each field; a day or scope seen for the first
 * time has no document yet (the update touches nothing) and is created whole.
 */
export async function writeRollups(
  tx: Transaction,
  _: Command,
  before: RollupInput | null,
  after: RollupInput,
): Promise<void> {
  // Distinct documents: the writes go out together (a step touches a dozen or two).
  await Promise.all(
    [...cellsDelta(before, after)].map(async ([id, fields]) => {
      const ref = tx.collection(COLL.rollups).doc(id)
      const inc = Object.fromEntries([...fields].map(([f, v]) => [f, _.inc(v)]))
      const res = await ref.update({ data: inc })
      if (res.stats?.updated) return
      const doc: Record<string, unknown> = rollupDoc(id, fields)
      delete doc._id // the reference names it
      await ref.set({ data: doc })
    }),
  )
}

import { COLL, type Database } from '../db'

/** How many reports are in each state, overdue or not. */
export interface StateCount {
  state: string
  overdue: boolean
  n: number
}

/**
 * The reports matching `match`, counted per state and overdue flag in ONE grouped aggregation:
 * every badge of a page (the console's queues, the inbox's tabs, the map's grids) is a sum over
 * these few rows, instead of one count() per badge. A state × flag is at most 22 groups.
 */
export async function countByState(
  db: Database,
  match: object,
  by?: string,
): Promise<Array<StateCount & { key: string }>> {
  const $ = db.command.aggregate
  const { list } = await db
    .collection(COLL.reports)
    .aggregate()
    .match(match)
    .group({
      _id: { state: '$state', overdue: '$overdue', ...(by ? { key: `$${by}` } : {}) },
      n: $.sum(1),
    })
    .limit(1000)
    .end()
  return (
    list as Array<{ _id: { state: string; overdue?: unknown; key?: unknown }; n: number }>
  ).map((r) => ({
    state: r._id.state,
    overdue: r._id.overdue === true,
    key: r._id.key === undefined || r._id.key === null ? '' : String(r._id.key),
    n: r.n,
  }))
}

/** The sum of the counts that pass `test`. */
export function tally(
  counts: readonly StateCount[],
  test: (state: string, overdue: boolean) => boolean,
): number {
  return counts.reduce((s, c) => (test(c.state, c.overdue) ? s + c.n : s), 0)
}

import { safeKey, streetStatesId } from '../../shared/figures'
import { COLL, type Database } from '../db'
import { allTimeRows } from '../figures/rollup-read'

/** How many reports are in each state, overdue or not. */
export interface StateCount {
  state: string
  overdue: boolean
  n: number
}

/**
 * How many matches the console's badges count at most: beyond it they count the newest
 * COUNT_CAP only and say so (`capped`), so a search by a common word costs the same in a
 * street's tenth year as in its first. The dashboard has the exact figures.
 */
export const COUNT_CAP = 500

/**
 * The newest reports matching `match` (the console narrowed by a filter or the search box), at
 * most COUNT_CAP, counted per state and overdue flag in ONE grouped aggregation: every badge of
 * the page is a sum over these few rows, instead of one count() per badge. A state × flag is at
 * most 22 groups. `capped`: more reports match than were counted.
 */
export async function countByState(
  db: Database,
  match: object,
): Promise<{ counts: StateCount[]; capped: boolean }> {
  const $ = db.command.aggregate
  const { list } = await db
    .collection(COLL.reports)
    .aggregate()
    .match(match)
    .sort({ createdAt: -1 })
    .limit(COUNT_CAP + 1)
    .group({
      _id: { state: '$state', overdue: '$overdue' },
      n: $.sum(1),
      oldest: $.min('$createdAt'),
    })
    .limit(100) // CloudBase answers an aggregation with 20 rows unless told
    .end()
  const rows = list as Array<{ _id: { state: string; overdue?: unknown }; n: number; oldest: Date }>
  const capped = rows.reduce((s, r) => s + r.n, 0) > COUNT_CAP
  // One report past the cap was read to know there are more: it is the oldest read; uncount it.
  if (capped) rows.reduce((a, b) => (b.oldest < a.oldest ? b : a)).n -= 1
  const counts = rows
    .map((r) => ({ state: r._id.state, overdue: r._id.overdue === true, n: r.n }))
    .filter((c) => c.n > 0)
  return { counts, capped }
}

type StateRow = { st?: Record<string, Record<string, number>> }

/**
 * The reports now in each state of one street, or of some handlers (a grid, a company),
 * from the counters every step keeps in its transaction (src/shared/figures/rollup.ts): one
 * document per handler, whatever the years of reports — an aggregation over the street's
 * reports read all of them, closed ones included, to badge a page.
 */
export async function stateCounts(
  db: Database,
  of: { streetId: string } | { handlerIds: string[] },
): Promise<StateCount[]> {
  const ids =
    'streetId' in of
      ? [streetStatesId(of.streetId)]
      : of.handlerIds.map((h) => `all|handler:${safeKey(h)}`)
  const rows = await allTimeRows<StateRow>(db, ids)
  const out: StateCount[] = []
  for (const row of rows.values())
    for (const [state, flags] of Object.entries(row.st ?? {}))
      for (const [flag, n] of Object.entries(flags))
        if (n) out.push({ state, overdue: flag === '1', n })
  return out
}

/** The sum of the counts that pass `test`. */
export function tally(
  counts: readonly StateCount[],
  test: (state: string, overdue: boolean) => boolean,
): number {
  return counts.reduce((s, c) => (test(c.state, c.overdue) ? s + c.n : s), 0)
}

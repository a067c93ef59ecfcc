import { safeKey } from '../../shared/figures'
import { COLL, type Database } from '../db'
import { allTimeRows } from '../figures/rollup-read'
import { NO_GRID, NO_WORKER, type GridTally, type WorkerTally } from './ledger'

/**
 * The ledger's all-time sums, from the rollups every step keeps in its transaction
 * (src/shared/figures/rollup.ts): one document per grid and one per worker — the function never
 * loads or aggregates the reports, so the ledger's cost follows the number of grids and workers,
 * not the years of reports. (An aggregation over the reports' facts read all of them: at
 * 100,000 reports it ran past the function's time limit.)
 */
type HandlerRow = { t?: Partial<Record<keyof GridTally | 'received' | 'starred', number>> }
type WorkerRow = {
  acc?: { n?: number; min?: number }
  res?: { n?: number; min?: number; rated?: number; stars?: number }
}

/** One all-time rollup per id (`<prefix><id>`), turned into a tally; zeros where none yet. */
async function tallies<R, T>(
  db: Database,
  ids: string[],
  prefix: string,
  tally: (row: Partial<R>) => T,
): Promise<Record<string, T>> {
  const docId = (id: string) => `${prefix}${safeKey(id)}`
  const rows = await allTimeRows<R>(db, ids.map(docId))
  return Object.fromEntries(ids.map((id) => [id, tally(rows.get(docId(id)) ?? {})]))
}

/** Per grid: every report routed to it, open, overdue, speed, stars. */
export const gridTallies = (db: Database, gridIds: string[]) =>
  tallies<HandlerRow, GridTally>(db, gridIds, 'all|handler:', ({ t = {} }) => ({
    ...NO_GRID,
    total: t.received ?? 0,
    open: t.open ?? 0,
    overdue: t.overdue ?? 0,
    acceptN: t.acceptN ?? 0,
    acceptMinSum: t.acceptMinSum ?? 0,
    resolveN: t.resolveN ?? 0,
    resolveMinSum: t.resolveMinSum ?? 0,
    rated: t.starred ?? 0,
    starsSum: t.starsSum ?? 0,
  }))

/** Per worker: what they accepted first, and the resolutions of theirs that stand. */
export const workerTallies = (db: Database, workers: string[]) =>
  tallies<WorkerRow, WorkerTally>(db, workers, 'all|by:', (r) => ({
    ...NO_WORKER,
    accepted: r.acc?.n ?? 0,
    acceptMinSum: r.acc?.min ?? 0,
    resolved: r.res?.n ?? 0,
    resolveMinSum: r.res?.min ?? 0,
    rated: r.res?.rated ?? 0,
    starsSum: r.res?.stars ?? 0,
  }))

/** Residents with a bound home, per building. */
export async function residentsPerBuilding(db: Database): Promise<Record<string, number>> {
  const $ = db.command.aggregate
  const { list } = await db
    .collection(COLL.users)
    .aggregate()
    .match({ role: 'resident' })
    .group({ _id: '$address.buildingId', n: $.sum(1) })
    .limit(100_000)
    .end()
  return Object.fromEntries(
    (list as Array<{ _id: unknown; n: number }>)
      .filter((x) => x._id)
      .map((x) => [String(x._id), x.n]),
  )
}

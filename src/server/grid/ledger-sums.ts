import { OPEN_STATES } from '../../shared/reports'
import { COLL, type Database } from '../db'
import { NO_GRID, NO_WORKER, type GridTally, type WorkerTally } from './ledger'

/**
 * The ledger's sums, from grouped aggregations over the reports' facts (`fig`, kept by countStep)
 * — the function never loads the reports, so the ledger's cost follows the number of grids and
 * workers, not the years of reports.
 */
const GROUPS_MAX = 1000

type Row = { _id: unknown } & Record<string, number>

function byKey<T>(list: unknown[], zero: T): Record<string, T> {
  const out: Record<string, T> = {}
  for (const { _id, ...rest } of list as Row[]) if (_id) out[String(_id)] = { ...zero, ...rest }
  return out
}

/** Per grid: every report routed to it, open, overdue, speed, stars. */
export async function gridTallies(db: Database): Promise<Record<string, GridTally>> {
  const $ = db.command.aggregate
  const isOpen = $.in(['$state', OPEN_STATES])
  const { list } = await db
    .collection(COLL.reports)
    .aggregate()
    .match({ 'handler.kind': 'grid' })
    .group({
      _id: '$handler.id',
      total: $.sum(1),
      open: $.sum($.cond({ if: isOpen, then: 1, else: 0 })),
      overdue: $.sum($.cond({ if: $.and([isOpen, $.eq(['$overdue', true])]), then: 1, else: 0 })),
      acceptN: $.sum('$fig.accepted'),
      acceptMinSum: $.sum('$fig.acceptMin'),
      resolveN: $.sum('$fig.resolved'),
      resolveMinSum: $.sum('$fig.resolveMin'),
      rated: $.sum('$fig.starred'),
      starsSum: $.sum('$fig.stars'),
    })
    .limit(GROUPS_MAX)
    .end()
  return byKey(list, NO_GRID)
}

/** Per worker: what they accepted first, and the resolutions of theirs that stand. */
export async function workerTallies(
  db: Database,
  workers: string[],
): Promise<Record<string, WorkerTally>> {
  const _ = db.command
  const $ = _.aggregate
  const [acc, res] = await Promise.all([
    db
      .collection(COLL.reports)
      .aggregate()
      .match({ 'fig.acceptedBy': _.in(workers) })
      .group({ _id: '$fig.acceptedBy', accepted: $.sum(1), acceptMinSum: $.sum('$fig.acceptMin') })
      .limit(GROUPS_MAX)
      .end(),
    db
      .collection(COLL.reports)
      .aggregate()
      .match({ 'fig.resolvedBy': _.in(workers) })
      .group({
        _id: '$fig.resolvedBy',
        resolved: $.sum(1),
        resolveMinSum: $.sum('$fig.resolveMin'),
        rated: $.sum('$fig.starred'),
        starsSum: $.sum('$fig.stars'),
      })
      .limit(GROUPS_MAX)
      .end(),
  ])
  const a = byKey(acc.list, NO_WORKER)
  const r = byKey(res.list, NO_WORKER)
  return Object.fromEntries(
    workers.map((w) => [
      w,
      {
        ...NO_WORKER,
        ...(a[w] ?? {}),
        resolved: r[w]?.resolved ?? 0,
        resolveMinSum: r[w]?.resolveMinSum ?? 0,
        rated: r[w]?.rated ?? 0,
        starsSum: r[w]?.starsSum ?? 0,
      },
    ]),
  )
}

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

import type { Dashboard, FigureRow, OverdueRow, Scope } from '../../shared/contracts/stats'
import {
  addSums,
  bucketOf,
  figuresOf,
  ZERO,
  type DueSums,
  type Period,
  type Sums,
  type TrendUnit,
} from '../../shared/figures'
import { AWAITING_ACCEPT, categoryLabel, OPEN_STATES, stateLabel } from '../../shared/reports'
import { addDaysToDay } from '../../shared/time'
import { COLL, loadAll, type Database } from '../db'
import type { StoredReport } from '../reports/model'
import { periodSums } from './rollup-read'
import { scopeMatch } from './scope'
import { certificateSums } from './sums'

const NO_DUE: DueSums = { due: 0, resolvedInTime: 0 }
const NO_P90 = { p90AcceptMin: null, p90ResolveMin: null }
/** The overdue list shows the oldest deadlines first; beyond this the console's 超时 queue lists all. */
export const OVERDUE_MAX = 100

function row(key: string, label: string, s: Sums, d: DueSums): FigureRow {
  const f = figuresOf(s, d, NO_P90)
  return {
    key,
    label,
    received: f.received,
    responseRate: f.responseRate,
    due: f.due,
    onTimeRate: f.onTimeRate,
    satisfaction: f.satisfaction,
    reopenedShare: f.reopenedShare,
    avgResolveMin: f.avgResolveMin,
  }
}

/** One row per key present in either cohort. */
function breakdown(
  rec: Map<string, Sums>,
  due: Map<string, DueSums>,
  label: (k: string) => string,
): FigureRow[] {
  const keys = [...new Set([...rec.keys(), ...due.keys()])].filter(Boolean).sort()
  return keys.map((k) => row(k, label(k), rec.get(k) ?? ZERO, due.get(k) ?? NO_DUE))
}

/** Days rolled up into the unit's buckets; every bucket of the period, empty ones too. */
function trend(
  p: Period,
  unit: TrendUnit,
  rec: Map<string, Sums>,
  due: Map<string, DueSums>,
): FigureRow[] {
  const buckets = new Map<string, { s: Sums; d: DueSums }>()
  for (let d = p.from; d <= p.to; d = addDaysToDay(d, 1)) {
    const b = bucketOf(d, unit)
    const cur = buckets.get(b) ?? { s: { ...ZERO }, d: { ...NO_DUE } }
    buckets.set(b, {
      s: addSums(cur.s, rec.get(d) ?? ZERO),
      d: addSums(cur.d, due.get(d) ?? NO_DUE),
    })
  }
  return [...buckets].map(([b, { s, d }]) => row(b, b, s, d))
}

async function overdueList(db: Database, scope: Scope): Promise<OverdueRow[]> {
  const _ = db.command
  const { data } = await db
    .collection(COLL.reports)
    .where({ ...scopeMatch(scope), overdue: true, state: _.in(OPEN_STATES) })
    .orderBy('createdAt', 'asc')
    .limit(OVERDUE_MAX)
    .get()
  return (data as StoredReport[]).map((r) => ({
    id: r._id,
    no: r.no,
    category: categoryLabel(r.categoryKey),
    area: r.place.area ?? '',
    handlerName: r.handler.name,
    state: stateLabel(r.state),
    deadline: new Date(
      AWAITING_ACCEPT.includes(r.state) ? r.deadlines.acceptBy : r.deadlines.resolveBy,
    ).toISOString(),
  }))
}

/** Every figure, trend, breakdown and the overdue list of a period and scope. */
export async function buildDashboard(
  db: Database,
  period: Period,
  scope: Scope,
  unit: TrendUnit,
  now: Date,
): Promise<Dashboard> {
  // Figures, trend and breakdowns from the period's daily rollups (at most one document per
  // day): the cost follows the period asked for, not the reports stored.
  const [sums, certs, overdue, names] = await Promise.all([
    periodSums(db, period, scope, unit === 'month'),
    certificateSums(db, period, scope.streetId),
    overdueList(db, scope),
    loadAll<{ _id: string; name: string }>(db, COLL.grids),
  ])
  const gridName = new Map(names.map((g) => [g._id, g.name]))
  return {
    period,
    scope,
    figures: figuresOf(sums.total, sums.total, sums.percentiles, certs),
    trend: { unit, rows: trend(period, unit, sums.byDay, sums.byDay) },
    byCategory: breakdown(sums.byCategory, sums.byCategory, categoryLabel),
    byGrid: breakdown(sums.byGrid, sums.byGrid, (id) => gridName.get(id) ?? id),
    overdue,
    generatedAt: now.toISOString(),
  }
}

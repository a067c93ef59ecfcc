import type { Scope } from '../../shared/contracts/stats'
import {
  addSums,
  categoryKeyIn,
  safeKey,
  monthKind,
  p90OfHistogram,
  ROLL_ZERO,
  type Percentiles,
  type Period,
  type RollSums,
} from '../../shared/figures'
import { addDaysToDay, addMonthsToDay } from '../../shared/time'
import { COLL, loadAll, type Database } from '../db'
import { dayRange } from './scope'

/** One rollup document as stored (src/shared/figures/rollup.ts). */
interface RollRow {
  day: string
  kind: string
  key: string
  t?: Partial<RollSums>
  cat?: Record<string, Partial<RollSums>>
  grid?: Record<string, Partial<RollSums>>
  ha?: Record<string, number>
  hr?: Record<string, number>
}

/** The sums of a period and scope, read from its daily rollups: totals, days, breakdowns. */
export interface PeriodSums {
  total: RollSums
  byDay: Map<string, RollSums>
  byCategory: Map<string, RollSums>
  byGrid: Map<string, RollSums>
  /** Per scope key (the 红黑榜 reads every company at once). */
  byKey: Map<string, RollSums>
  percentiles: Percentiles
}

const plus = (a: RollSums, b: Partial<RollSums> | undefined): RollSums =>
  b ? addSums(a, { ...ROLL_ZERO, ...b }) : a

function into(m: Map<string, RollSums>, k: string, s: Partial<RollSums> | undefined) {
  m.set(k, plus(m.get(k) ?? ROLL_ZERO, s))
}

function histogram(into: Record<string, number>, h: Record<string, number> | undefined) {
  for (const [r, n] of Object.entries(h ?? {})) into[r] = (into[r] ?? 0) + n
}

const monthStart = (d: string) => `${d.slice(0, 8)}01`
const monthEnd = (d: string) => addDaysToDay(addMonthsToDay(monthStart(d), 1), -1)

/**
 * A period as the days at its ends that do not fill a month, and the whole months between
 * (`2026-01`…`2026-10`): a year is 12 month documents per scope, not 365 day documents.
 */
export function splitByMonth(p: Period): { days: Period[]; months: Period | null } {
  const days: Period[] = []
  let from = p.from
  if (from !== monthStart(from)) {
    const to = monthEnd(from) < p.to ? monthEnd(from) : p.to
    days.push({ from, to })
    from = addDaysToDay(to, 1)
  }
  if (from > p.to) return { days, months: null }
  let to = p.to
  if (to !== monthEnd(to)) {
    const tailFrom = monthStart(to) > from ? monthStart(to) : from
    days.push({ from: tailFrom, to })
    to = addDaysToDay(tailFrom, -1)
  }
  return { days, months: from <= to ? { from: from.slice(0, 7), to: to.slice(0, 7) } : null }
}

/**
 * The rollup key of a scope (rollup.ts scopesOf), or undefined to read every key of its kind: a
 * street (or a category) within the street the scope names — the district without one reads
 * every street's; a grid, community or company by its id (unique across streets).
 */
function scopeKey(scope: Scope): string | undefined {
  if (scope.kind === 'street') return scope.streetId ? safeKey(scope.streetId) : undefined
  if (scope.kind === 'category')
    return scope.streetId ? categoryKeyIn(scope.streetId, scope.id ?? '') : undefined
  return scope.id ? safeKey(scope.id) : undefined
}

/**
 * The period's rollup documents of a scope (a company scope without id: every company), served
 * by the index {kind, key, day} (or {kind, day}): at most one document per day — or, `byMonth`
 * (a trend by month, a quarter), per whole month — and scope key, whatever the number of reports.
 */
export async function periodSums(
  db: Database,
  p: Period,
  scope: Scope,
  byMonth = false,
): Promise<PeriodSums> {
  const _ = db.command
  const key = scopeKey(scope)
  // Every street's category documents (the district's, across streets) are kept per street.
  const keep = (r: RollRow) =>
    scope.kind !== 'category' || key !== undefined || r.key.endsWith(`~${safeKey(scope.id)}`)
  const read = (kind: string, range: Period) =>
    loadAll<RollRow>(
      db,
      COLL.rollups,
      key !== undefined
        ? { kind, key, day: dayRange(_, range) }
        : { kind, day: dayRange(_, range) },
    ).then((rows) => rows.filter(keep))
  const { days, months } = byMonth ? splitByMonth(p) : { days: [p], months: null }
  const parts = await Promise.all([
    ...days.map((d) => read(scope.kind, d)),
    ...(months ? [read(monthKind(scope.kind), months)] : []),
  ])
  const out: PeriodSums = {
    total: ROLL_ZERO,
    byDay: new Map(),
    byCategory: new Map(),
    byGrid: new Map(),
    byKey: new Map(),
    percentiles: { p90AcceptMin: null, p90ResolveMin: null },
  }
  const ha: Record<string, number> = {}
  const hr: Record<string, number> = {}
  for (const r of parts.flat()) {
    out.total = plus(out.total, r.t)
    // A month's document stands on its first day (the trend buckets it into its month).
    into(out.byDay, r.day.length === 7 ? `${r.day}-01` : r.day, r.t)
    into(out.byKey, r.key, r.t)
    for (const [k, s] of Object.entries(r.cat ?? {})) into(out.byCategory, k, s)
    for (const [k, s] of Object.entries(r.grid ?? {})) into(out.byGrid, k, s)
    histogram(ha, r.ha)
    histogram(hr, r.hr)
  }
  out.percentiles = { p90AcceptMin: p90OfHistogram(ha), p90ResolveMin: p90OfHistogram(hr) }
  return out
}

/** The all-time rollups of the 网格台账, by document id (`all|handler:<id>`, `all|by:<openid>`). */
export async function allTimeRows<T>(db: Database, ids: string[]): Promise<Map<string, T>> {
  if (!ids.length) return new Map()
  const rows = await loadAll<{ _id: string } & T>(db, COLL.rollups, { _id: db.command.in(ids) })
  return new Map(rows.map((r) => [r._id, r]))
}

import { OPEN_STATES } from '../reports/states'
import { p90Rank, sumsOfFacts, SUM_KEYS, type DueSums, type Sums } from './definitions'
import { factsOf, type FactsInput, type ReportFacts } from './facts'

/**
 * Daily rollups of the figures, kept by every step in the step's own transaction (all or
 * nothing: src/server/figures/rollup-write.ts). Why rollups and not an aggregation over the
 * reports: a 12-month dashboard or the all-time 网格台账 would read every report of the year
 * (100,000 at a district's pace) however well indexed; a rollup is read per day and scope (365
 * documents for a year), so the cost follows the period asked for, never the reports stored.
 * Percentiles cannot be summed, so each day keeps a histogram of durations on a fixed ladder
 * (RUNGS): the 90th percentile is read to its rung ("九成不超过 …").
 *
 * One document per (Beijing day, scope): `_id` `2026-11-03|grid:g-xinhua-1` (a street's:
 * `2026-11-03|street:<streetId>`, a category's `…|category:<streetId>~<category>`), and the same per
 * month (`2026-11|grid/m:g-xinhua-1`), with
 * `t` the sums of the reports received that day (and `due`/`resolvedInTime` of those due that
 * day), the same per category (`cat`) and per grid (`grid`) for the dashboard's breakdowns,
 * and `ha`/`hr` the histograms of minutes to accept/resolve. The 网格台账's all-time sums live
 * in `all|handler:<id>` (per handler: reports, open, overdue, speed, stars) and
 * `all|by:<openid>` (per worker: what they accepted first and resolved); those and the street's
 * (`all|street:<streetId>`) also count the reports now in each state (`st.<state>.<overdue 0|1>`) for the work lists'
 * badges.
 */

/** Rollup fields besides `Sums`: the due cohort, the resident's stars, open and overdue. */
export interface RollSums extends Sums, DueSums {
  starred: number
  starsSum: number
}

export const ROLLUP_COLLECTION = 'figure_rollups'

/** The minutes ladder of the percentiles: 5 min … 30 days, then whole 30-day steps. */
export const RUNGS = [
  5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 960, 1440, 2160, 2880, 4320, 5760,
  7200, 10080, 14400, 20160, 30240, 43200,
]
const LAST = RUNGS[RUNGS.length - 1]

/** The smallest rung at or above `min`. */
export function rungOf(min: number): number {
  if (min > LAST) return Math.ceil(min / LAST) * LAST
  return RUNGS.find((r) => r >= min) ?? LAST
}

/** The 90th percentile (nearest rank) of a histogram rung → count, read to its rung. */
export function p90OfHistogram(h: Record<string, number>): number | null {
  const rungs = Object.keys(h)
    .map(Number)
    .filter((r) => h[r] > 0)
    .sort((a, b) => a - b)
  const n = rungs.reduce((s, r) => s + h[r], 0)
  if (!n) return null
  let seen = 0
  for (const r of rungs) {
    seen += h[r]
    if (seen > p90Rank(n)) return r
  }
  return null
}

/** What a report's cells are derived from: its facts' input and where it sits. */
export interface RollupInput extends FactsInput {
  /** The street the report belongs to (issue 20): its street and category rollups are per street. */
  streetId?: string | null
  categoryKey: string
  place: { gridId?: string | null; communityId?: string | null }
  handler: { kind: string; id: string }
  overdue?: boolean
}

export type ScopeKind = 'street' | 'grid' | 'community' | 'company' | 'category'

/** field path → amount, per rollup document id. */
export type Cells = Map<string, Map<string, number>>

/** A key safe as a field name (ids are ours; a dot or `$` would open a path). */
export const safeKey = (k: string | null | undefined) => (k || '-').replace(/[.$]/g, '_')

export const rollupId = (day: string, kind: ScopeKind | `${ScopeKind}/m`, key: string) =>
  `${day}|${kind}:${safeKey(key)}`

/**
 * A category's key within one street (`<streetId>~<category>`): categories are shared by every
 * street, while one street's office must never read another's figures.
 */
export const categoryKeyIn = (streetId: string | null | undefined, category: string) =>
  `${safeKey(streetId)}~${safeKey(category)}`

/** The document of a street's reports now in each state (`all|street:<id>`). */
export const streetStatesId = (streetId: string | null | undefined) =>
  `all|street:${safeKey(streetId)}`

/** A month's rollup of a scope: `2026-11|grid/m:g-xinhua-1` (a year is 12 reads, not 365). */
export const monthKind = (kind: ScopeKind): `${ScopeKind}/m` => `${kind}/m`

/**
 * The scopes a report counts in: its street, its grid, community, company (ids unique across
 * streets) and its category within its street.
 */
export function scopesOf(r: RollupInput): Array<[ScopeKind, string]> {
  const out: Array<[ScopeKind, string]> = [
    ['street', safeKey(r.streetId)],
    ['category', categoryKeyIn(r.streetId, r.categoryKey)],
  ]
  if (r.place.gridId) out.push(['grid', safeKey(r.place.gridId)])
  if (r.place.communityId) out.push(['community', safeKey(r.place.communityId)])
  if (r.handler.kind === 'property') out.push(['company', safeKey(r.handler.id)])
  return out
}

function add(cells: Cells, id: string, field: string, v: number) {
  if (!v) return
  const m = cells.get(id) ?? new Map<string, number>()
  m.set(field, (m.get(field) ?? 0) + v)
  cells.set(id, m)
}

/** The amounts one report adds to the rollups, as it stands. */
export function cellsOf(r: RollupInput, f: ReportFacts = factsOf(r)): Cells {
  const cells: Cells = new Map()
  const rec: Record<string, number> = {
    ...sumsOfFacts(f),
    starred: f.starred,
    starsSum: f.stars ?? 0,
  }
  const due = { due: 1, resolvedInTime: f.resolvedInTime }
  const parts = (id: string, sums: Record<string, number>) => {
    for (const [k, v] of Object.entries(sums)) {
      add(cells, id, `t.${k}`, v)
      add(cells, id, `cat.${safeKey(r.categoryKey)}.${k}`, v)
      if (r.place.gridId) add(cells, id, `grid.${safeKey(r.place.gridId)}.${k}`, v)
    }
  }
  // The same sums per day and per month: a long period reads its whole months' documents.
  const month = (day: string) => day.slice(0, 7)
  for (const [kind, key] of scopesOf(r)) {
    for (const id of [rollupId(f.day, kind, key), rollupId(month(f.day), monthKind(kind), key)]) {
      parts(id, rec)
      if (f.acceptMin !== null) add(cells, id, `ha.${rungOf(f.acceptMin)}`, 1)
      if (f.resolveMin !== null) add(cells, id, `hr.${rungOf(f.resolveMin)}`, 1)
    }
    if (f.dueDay) {
      parts(rollupId(f.dueDay, kind, key), due)
      parts(rollupId(month(f.dueDay), monthKind(kind), key), due)
    }
  }
  const open = (OPEN_STATES as readonly string[]).includes(r.state)
  const handler = `all|handler:${safeKey(r.handler.id)}`
  for (const [k, v] of Object.entries({
    received: 1,
    open: open ? 1 : 0,
    overdue: open && r.overdue ? 1 : 0,
    acceptN: f.accepted,
    acceptMinSum: f.acceptMin ?? 0,
    resolveN: f.resolved,
    resolveMinSum: f.resolveMin ?? 0,
    starred: f.starred,
    starsSum: f.stars ?? 0,
  }))
    add(cells, handler, `t.${k}`, v)
  // Reports now in each state (and overdue or not): the badges of the console, inbox and 首页.
  const st = `st.${safeKey(r.state)}.${r.overdue === true ? 1 : 0}`
  add(cells, streetStatesId(r.streetId), st, 1)
  add(cells, handler, st, 1)
  if (f.acceptedBy) {
    add(cells, `all|by:${safeKey(f.acceptedBy)}`, 'acc.n', 1)
    add(cells, `all|by:${safeKey(f.acceptedBy)}`, 'acc.min', f.acceptMin ?? 0)
  }
  if (f.resolvedBy) {
    const id = `all|by:${safeKey(f.resolvedBy)}`
    add(cells, id, 'res.n', 1)
    add(cells, id, 'res.min', f.resolveMin ?? 0)
    add(cells, id, 'res.rated', f.starred)
    add(cells, id, 'res.stars', f.stars ?? 0)
  }
  return cells
}

/** What a step changes in the rollups: after's cells minus before's, zeros dropped. */
export function cellsDelta(before: RollupInput | null, after: RollupInput): Cells {
  const out: Cells = new Map()
  for (const [id, m] of cellsOf(after)) for (const [f, v] of m) add(out, id, f, v)
  if (before) for (const [id, m] of cellsOf(before)) for (const [f, v] of m) add(out, id, f, -v)
  for (const [id, m] of out) {
    for (const [f, v] of m) if (!v) m.delete(f)
    if (!m.size) out.delete(id)
  }
  return out
}

/** A new rollup document holding `fields` (dotted paths nested), with what it is keyed by. */
export function rollupDoc(id: string, fields: Map<string, number>): Record<string, unknown> {
  const [day, scope] = id.split('|')
  const colon = scope.indexOf(':')
  const doc: Record<string, unknown> = {
    _id: id,
    day,
    kind: colon < 0 ? scope : scope.slice(0, colon),
    key: colon < 0 ? '' : scope.slice(colon + 1),
  }
  for (const [path, v] of fields) {
    const parts = path.split('.')
    let cur = doc
    for (const p of parts.slice(0, -1)) cur = (cur[p] ??= {}) as Record<string, unknown>
    const last = parts[parts.length - 1]
    cur[last] = ((cur[last] as number | undefined) ?? 0) + v
  }
  return doc
}

/** Every rollup document of a set of reports (seed data, benchmarks, tests' fixtures). */
export function rollupDocs(reports: readonly RollupInput[]): Array<Record<string, unknown>> {
  const all: Cells = new Map()
  for (const r of reports)
    for (const [id, m] of cellsOf(r)) for (const [f, v] of m) add(all, id, f, v)
  return [...all].map(([id, m]) => rollupDoc(id, m))
}

export const ROLL_ZERO: RollSums = {
  ...(Object.fromEntries(SUM_KEYS.map((k) => [k, 0])) as unknown as Sums),
  due: 0,
  resolvedInTime: 0,
  starred: 0,
  starsSum: 0,
}

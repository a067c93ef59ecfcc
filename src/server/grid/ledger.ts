import type { GridLedgerRow, Ledger, WorkerLedgerRow } from '../../shared/contracts/ledger'

/** One grid's reports, summed by the database (cloudfunctions/grid/src/ledger.ts). */
export interface GridTally {
  total: number
  open: number
  overdue: number
  acceptN: number
  acceptMinSum: number
  resolveN: number
  resolveMinSum: number
  /** Reports with the resident's stars, and the stars summed. */
  rated: number
  starsSum: number
}

/** What one worker accepted first, and resolved (the resolution that stands), summed. */
export interface WorkerTally {
  accepted: number
  acceptMinSum: number
  resolved: number
  resolveMinSum: number
  rated: number
  starsSum: number
}

export const NO_GRID: GridTally = {
  total: 0,
  open: 0,
  overdue: 0,
  acceptN: 0,
  acceptMinSum: 0,
  resolveN: 0,
  resolveMinSum: 0,
  rated: 0,
  starsSum: 0,
}
export const NO_WORKER: WorkerTally = {
  accepted: 0,
  acceptMinSum: 0,
  resolved: 0,
  resolveMinSum: 0,
  rated: 0,
  starsSum: 0,
}

export interface LedgerInput {
  grids: Array<{
    _id: string
    name: string
    communityId: string
    workerOpenid: string
    helpers?: unknown[]
    retired?: boolean
  }>
  communities: Array<{ _id: string; name: string }>
  people: Array<{ _id: string; name: string }>
  /** Bound homes per grid id. */
  households: Record<string, number>
  /** Per grid id, and per worker OPENID: sums, never the reports themselves. */
  byGrid: Record<string, GridTally>
  byWorker: Record<string, WorkerTally>
  now: Date
}

const avg = (sum: number, n: number) => (n ? Math.round((sum / n) * 10) / 10 : null)

/**
 * 网格台账 from per-grid and per-worker sums: per grid (reports routed to the grid, open, overdue,
 * speed, average stars) and per worker (what they accepted and resolved themselves). Pure, so
 * the arithmetic is unit-tested; the action gets the sums from grouped aggregations.
 */
export function computeLedger(i: LedgerInput): Omit<Ledger, 'standIns'> {
  const nameOf = new Map(i.people.map((p) => [p._id, p.name]))
  const community = new Map(i.communities.map((c) => [c._id, c.name]))
  const gridName = new Map(i.grids.map((g) => [g._id, g.name]))
  const grids: GridLedgerRow[] = i.grids
    .filter((g) => !g.retired)
    .map((g) => {
      const t = i.byGrid[g._id] ?? NO_GRID
      return {
        gridId: g._id,
        gridName: g.name,
        communityName: community.get(g.communityId) ?? '',
        workerName: nameOf.get(g.workerOpenid) ?? '（空缺）',
        helpers: g.helpers?.length ?? 0,
        households: i.households[g._id] ?? 0,
        open: t.open,
        overdue: t.overdue,
        avgAcceptMin: avg(t.acceptMinSum, t.acceptN),
        avgResolveMin: avg(t.resolveMinSum, t.resolveN),
        satisfaction: avg(t.starsSum, t.rated),
        rated: t.rated,
        total: t.total,
      }
    })
  const workers: WorkerLedgerRow[] = i.grids
    .filter((g) => !g.retired && g.workerOpenid)
    .map((g) => {
      const t = i.byWorker[g.workerOpenid] ?? NO_WORKER
      return {
        openid: g.workerOpenid,
        name: nameOf.get(g.workerOpenid) ?? '',
        gridName: gridName.get(g._id) ?? '',
        accepted: t.accepted,
        resolved: t.resolved,
        avgAcceptMin: avg(t.acceptMinSum, t.accepted),
        avgResolveMin: avg(t.resolveMinSum, t.resolved),
        satisfaction: avg(t.starsSum, t.rated),
      }
    })
  // Communities in pinyin order, as a Chinese list is read (滨河 before 新华); grids by number.
  const zh = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN')
  grids.sort((a, b) => zh(a.communityName, b.communityName) || a.gridId.localeCompare(b.gridId))
  const rank = new Map(grids.map((g, k) => [g.gridName, k]))
  workers.sort((a, b) => (rank.get(a.gridName) ?? 0) - (rank.get(b.gridName) ?? 0))
  return { grids, workers, generatedAt: i.now.toISOString() }
}

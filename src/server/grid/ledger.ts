import type { GridLedgerRow, Ledger, WorkerLedgerRow } from '../../shared/contracts/ledger'
import { isOpenState } from '../../shared/reports'
import type { StoredReport } from '../reports/model'

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
  reports: StoredReport[]
  now: Date
}

const mins = (a: Date, b: Date) => (new Date(b).getTime() - new Date(a).getTime()) / 60_000
const avg = (xs: number[]) =>
  xs.length ? Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 10) / 10 : null

/** How long a report took to be accepted and to be resolved (first of each), and by whom. */
function timings(r: StoredReport) {
  const created = r.createdAt
  const accept = r.events.find((e) => e.action === 'accept')
  const resolve = r.events.find((e) => e.action === 'resolve')
  return {
    acceptMin: accept ? mins(created, accept.at) : null,
    resolveMin: resolve ? mins(created, resolve.at) : null,
    acceptedBy: accept?.byOpenid ?? null,
    resolvedBy: resolve?.byOpenid ?? null,
    stars: r.rating?.score ?? null,
  }
}

/**
 * 网格台账 from the stored reports: per grid (reports routed to the grid, open, overdue, speed,
 * satisfaction) and per worker (what they accepted and resolved themselves). Pure, so the
 * arithmetic is unit-tested; the action only loads the collections.
 */
export function computeLedger(i: LedgerInput): Ledger {
  const nameOf = new Map(i.people.map((p) => [p._id, p.name]))
  const community = new Map(i.communities.map((c) => [c._id, c.name]))
  const gridName = new Map(i.grids.map((g) => [g._id, g.name]))
  const grids: GridLedgerRow[] = i.grids
    .filter((g) => !g.retired)
    .map((g) => {
      const rs = i.reports.filter((r) => r.handler.kind === 'grid' && r.handler.id === g._id)
      const t = rs.map(timings)
      const stars = t.flatMap((x) => (x.stars ? [x.stars] : []))
      return {
        gridId: g._id,
        gridName: g.name,
        communityName: community.get(g.communityId) ?? '',
        workerName: nameOf.get(g.workerOpenid) ?? '（空缺）',
        helpers: g.helpers?.length ?? 0,
        households: i.households[g._id] ?? 0,
        open: rs.filter((r) => isOpenState(r.state)).length,
        overdue: rs.filter((r) => isOpenState(r.state) && r.overdue).length,
        avgAcceptMin: avg(t.flatMap((x) => (x.acceptMin === null ? [] : [x.acceptMin]))),
        avgResolveMin: avg(t.flatMap((x) => (x.resolveMin === null ? [] : [x.resolveMin]))),
        satisfaction: avg(stars),
        rated: stars.length,
        total: rs.length,
      }
    })
  const workers: WorkerLedgerRow[] = i.grids
    .filter((g) => !g.retired && g.workerOpenid)
    .map((g) => {
      const t = i.reports.map(timings)
      const accepted = t.filter((x) => x.acceptedBy === g.workerOpenid)
      const resolved = t.filter((x) => x.resolvedBy === g.workerOpenid)
      const stars = resolved.flatMap((x) => (x.stars ? [x.stars] : []))
      return {
        openid: g.workerOpenid,
        name: nameOf.get(g.workerOpenid) ?? '',
        gridName: gridName.get(g._id) ?? '',
        accepted: accepted.length,
        resolved: resolved.length,
        avgAcceptMin: avg(accepted.map((x) => x.acceptMin as number)),
        avgResolveMin: avg(resolved.map((x) => x.resolveMin as number)),
        satisfaction: avg(stars),
      }
    })
  // Communities in pinyin order, as a Chinese list is read (滨河 before 新华); grids by number.
  const zh = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN')
  grids.sort((a, b) => zh(a.communityName, b.communityName) || a.gridId.localeCompare(b.gridId))
  const rank = new Map(grids.map((g, k) => [g.gridName, k]))
  workers.sort((a, b) => (rank.get(a.gridName) ?? 0) - (rank.get(b.gridName) ?? 0))
  return { grids, workers, generatedAt: i.now.toISOString() }
}

import { factsOf } from '@shared/figures'
import { isOpenState } from '@shared/reports'
import {
  computeLedger,
  NO_GRID,
  NO_WORKER,
  type GridTally,
  type WorkerTally,
} from '@/server/grid/ledger'
import type { StoredReport } from '@/server/reports/model'

const T = Date.UTC(2026, 10, 23, 1)
const at = (min: number) => new Date(T + min * 60_000)
const report = (
  id: string,
  gridId: string,
  state: string,
  events: Array<[string, number, string]>,
  extra = {},
) =>
  ({
    _id: id,
    handler: { kind: 'grid', id: gridId },
    state,
    createdAt: at(0),
    deadlines: { acceptBy: at(60), resolveBy: at(600) },
    events: [['create', 0, 'res'], ...events].map(([action, m, by]) => ({
      action,
      at: at(m as number),
      byOpenid: by,
    })),
    ...extra,
  }) as unknown as StoredReport

/** The sums the database's grouped aggregations give, computed here over the reports' facts. */
function sums(reports: StoredReport[]) {
  const byGrid: Record<string, GridTally> = {}
  const byWorker: Record<string, WorkerTally> = {}
  const add = <T extends object>(o: Record<string, T>, k: string, zero: T, d: Partial<T>) => {
    const cur = (o[k] ??= { ...zero }) as Record<string, number>
    for (const [f, v] of Object.entries(d)) cur[f] += v as number
  }
  for (const r of reports) {
    const f = factsOf(r)
    const open = isOpenState(r.state)
    add(byGrid, r.handler.id, NO_GRID, {
      total: 1,
      open: open ? 1 : 0,
      overdue: open && r.overdue ? 1 : 0,
      acceptN: f.accepted,
      acceptMinSum: f.acceptMin ?? 0,
      resolveN: f.resolved,
      resolveMinSum: f.resolveMin ?? 0,
      rated: f.starred,
      starsSum: f.stars ?? 0,
    })
    if (f.acceptedBy)
      add(byWorker, f.acceptedBy, NO_WORKER, { accepted: 1, acceptMinSum: f.acceptMin ?? 0 })
    if (f.resolvedBy)
      add(byWorker, f.resolvedBy, NO_WORKER, {
        resolved: 1,
        resolveMinSum: f.resolveMin ?? 0,
        rated: f.starred,
        starsSum: f.stars ?? 0,
      })
  }
  return { byGrid, byWorker }
}

const base = {
  grids: [
    { _id: 'g1', name: '甲网格', communityId: 'c1', workerOpenid: 'w1', helpers: [{}, {}] },
    { _id: 'g2', name: '乙网格', communityId: 'c1', workerOpenid: 'w2' },
    { _id: 'g3', name: '撤销的网格', communityId: 'c1', workerOpenid: 'w3', retired: true },
  ],
  communities: [{ _id: 'c1', name: '新华社区' }],
  people: [
    { _id: 'w1', name: '张海燕' },
    { _id: 'w2', name: '李明' },
  ],
  households: { g1: 3 },
  now: new Date(T),
}

test('per grid: open and overdue, average minutes to accept and resolve, satisfaction', () => {
  const l = computeLedger({
    ...base,
    ...sums([
      report(
        'a',
        'g1',
        'closed',
        [
          ['accept', 30, 'w1'],
          ['resolve', 120, 'w1'],
        ],
        { rating: { score: 5 } },
      ),
      report(
        'b',
        'g1',
        'closed',
        [
          ['accept', 90, 'w1'],
          ['resolve', 300, 'w1'],
        ],
        { rating: { score: 3 } },
      ),
      report('c', 'g1', 'accepted', [['accept', 60, 'w1']], { overdue: true }),
      report('d', 'g1', 'submitted', []),
      report('e', 'g2', 'resolved', [
        ['accept', 10, 'w2'],
        ['resolve', 20, 'w2'],
      ]),
    ]),
  })
  expect(l.grids.map((g) => g.gridId)).toEqual(['g1', 'g2']) // the retired grid is left out
  expect(l.grids[0]).toMatchObject({
    workerName: '张海燕',
    communityName: '新华社区',
    helpers: 2,
    households: 3,
    total: 4,
    open: 2,
    overdue: 1,
    avgAcceptMin: 60, // (30 + 90 + 60) / 3
    avgResolveMin: 210, // (120 + 300) / 2
    satisfaction: 4,
    rated: 2,
  })
  expect(l.grids[1]).toMatchObject({
    households: 0,
    satisfaction: null,
    rated: 0,
    avgResolveMin: 20,
  })
  expect(l.workers.find((w) => w.openid === 'w1')).toMatchObject({
    accepted: 3,
    resolved: 2,
    satisfaction: 4,
  })
})

test('a grid with no reports has no averages, not zeros', () => {
  const l = computeLedger({ ...base, byGrid: {}, byWorker: {} })
  expect(l.grids[0]).toMatchObject({
    total: 0,
    avgAcceptMin: null,
    avgResolveMin: null,
    satisfaction: null,
  })
  expect(l.workers[0]).toMatchObject({ accepted: 0, avgAcceptMin: null })
})

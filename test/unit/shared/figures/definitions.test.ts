import {
  computeFigures,
  factsOf,
  p90,
  presetPeriod,
  quarterPeriod,
  rankCompanies,
  bucketOf,
  checkPeriod,
  type CompanyTally,
  type FactsInput,
} from '@shared/figures'

const T0 = Date.parse('2026-11-02T01:00:00Z') // 09:00 Beijing, Monday 2 Nov
const MIN = 60_000
const NOV = { from: '2026-11-01', to: '2026-11-30' }

/** A report received at T0 + `at` minutes, with its steps at minutes after T0. */
function report(
  state: string,
  steps: Array<[string, number, number?]> = [],
  o: Partial<FactsInput> & { at?: number } = {},
): FactsInput {
  const created = T0 + (o.at ?? 0) * MIN
  return {
    state,
    createdAt: new Date(created),
    deadlines: { acceptBy: new Date(created + 60 * MIN), resolveBy: new Date(created + 600 * MIN) },
    events: [
      { at: new Date(created), action: 'create' },
      ...steps.map(([action, m, rating]) => ({
        at: new Date(created + m * MIN),
        action,
        byOpenid: 'w1',
        ...(rating ? { rating } : {}),
      })),
    ],
    ...o,
  }
}

test('an empty period has counts of zero and no rates (—), not 0%', () => {
  const f = computeFigures([], NOV)
  expect(f).toMatchObject({
    received: 0,
    responseRate: null,
    onTimeRate: null,
    satisfaction: null,
    ratedShare: null,
    avgAcceptMin: null,
    p90AcceptMin: null,
    reopenedShare: null,
    escalations: { total: 0, resolved: 0, open: 0, other: 0 },
  })
})

test('reports outside the period do not count; a report still open counts as received, not resolved', () => {
  const f = computeFigures(
    [
      report('submitted'),
      report('accepted', [['accept', 30]]),
      report('submitted', [], { at: -3 * 24 * 60 }),
    ],
    NOV,
  )
  expect(f.received).toBe(2) // the third came in on 30 Oct
  expect(f.responseRate).toBe(0.5) // one accepted in 30 min of a 60-min limit, one not yet
  expect(f.avgAcceptMin).toBe(30)
  expect(f.avgResolveMin).toBeNull()
  expect(f.due).toBe(2) // both deadlines (10 h after) fall in November
  expect(f.onTimeRate).toBe(0)
})

test('a late acceptance and a late resolution count against the rates', () => {
  const f = computeFigures(
    [
      report('resolved', [
        ['accept', 90],
        ['resolve', 700],
      ]),
      report('resolved', [
        ['accept', 10],
        ['resolve', 100],
      ]),
    ],
    NOV,
  )
  expect([f.responseRate, f.onTimeRate]).toEqual([0.5, 0.5])
  expect([f.avgAcceptMin, f.avgResolveMin]).toEqual([50, 400])
})

test('refused and merged reports are received but outside the rates', () => {
  const f = computeFigures(
    [report('rejected'), report('duplicate'), report('accepted', [['accept', 5]])],
    NOV,
  )
  expect([f.received, f.responseRate, f.due]).toEqual([3, 1, 1])
})

test('reopened: the share is of reports resolved at least once; the old resolution no longer counts', () => {
  const reopened = report('reopened', [
    ['accept', 5],
    ['resolve', 60],
    ['reopen', 120],
  ])
  const fine = report(
    'closed',
    [
      ['accept', 5],
      ['resolve', 60],
      ['confirm', 90, 5],
    ],
    {
      rating: { score: 5 },
    },
  )
  expect(factsOf(reopened)).toMatchObject({ resolvedEver: 1, resolveMin: null, resolvedInTime: 0 })
  const f = computeFigures([reopened, fine], NOV)
  expect(f.reopenedShare).toBe(0.5)
  expect(f.onTimeRate).toBe(0.5)
})

test('rated twice counts once, with the latest score', () => {
  const twice = report('closed', [
    ['resolve', 60],
    ['confirm', 90, 5],
    ['confirm', 95, 2],
  ])
  expect(factsOf(twice)).toMatchObject({ rated: 1, satisfied: 0 })
  const f = computeFigures(
    [
      twice,
      report('closed', [
        ['resolve', 6],
        ['confirm', 9, 4],
      ]),
    ],
    NOV,
  )
  expect([f.rated, f.satisfaction, f.ratedShare]).toEqual([2, 0.5, 1])
})

test('a 回访 counts as the rating: instead of none, and over a rating given earlier', () => {
  const visited = report(
    'closed',
    [
      ['resolve', 60],
      ['autoClose', 9000],
    ],
    {
      followUp: { satisfied: true, at: new Date(T0 + 9100 * MIN) },
    },
  )
  const overruled = report(
    'closed',
    [
      ['resolve', 60],
      ['confirm', 70, 5],
    ],
    {
      rating: { score: 5 },
      followUp: { satisfied: false, at: new Date(T0 + 100 * MIN) },
    },
  )
  const silent = report('closed', [
    ['resolve', 60],
    ['autoClose', 9000],
  ])
  const f = computeFigures([visited, overruled, silent], NOV)
  expect([f.rated, f.satisfaction]).toEqual([2, 0.5])
  expect(f.ratedShare).toBe(0.6667)
})

test('escalations and their outcome', () => {
  const f = computeFigures(
    [
      report('escalated', [['escalate', 70]]),
      report('closed', [
        ['escalate', 70],
        ['resolve', 200],
        ['autoClose', 9000],
      ]),
      report('rejected', [['escalate', 70]]),
    ],
    NOV,
  )
  expect(f.escalations).toEqual({ total: 3, resolved: 1, open: 1, other: 1 })
})

test('the 90th percentile is the nearest rank', () => {
  expect(p90([])).toBeNull()
  expect(p90([5])).toBe(5)
  expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(9)
  expect(p90([10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100])).toBe(10)
})

test('certificates: received, issued, processing time', () => {
  const f = computeFigures([], NOV, [
    {
      state: 'approved',
      createdAt: new Date(T0),
      certificate: { issuedAt: new Date(T0 + 120 * MIN) },
    },
    { state: 'submitted', createdAt: new Date(T0) },
    { state: 'rejected', createdAt: new Date(T0) },
  ])
  expect(f.certificates).toEqual({
    received: 3,
    issued: 1,
    rejected: 1,
    pending: 1,
    avgProcessMin: 120,
  })
})

test('periods: presets in Beijing days, quarters, buckets, checks', () => {
  const lateNight = new Date('2026-11-30T16:30:00Z') // 00:30 on 1 Dec in Beijing
  expect(presetPeriod('thisMonth', lateNight)).toEqual({ from: '2026-12-01', to: '2026-12-31' })
  expect(presetPeriod('lastMonth', lateNight)).toEqual({ from: '2026-11-01', to: '2026-11-30' })
  expect(presetPeriod('thisQuarter', lateNight)).toEqual({ from: '2026-10-01', to: '2026-12-31' })
  expect(quarterPeriod('2027Q1')).toEqual({ from: '2027-01-01', to: '2027-03-31' })
  expect(quarterPeriod('2027Q5')).toBeNull()
  expect(bucketOf('2026-11-05', 'week')).toBe('2026-11-02')
  expect(bucketOf('2026-11-01', 'week')).toBe('2026-10-26')
  expect(bucketOf('2026-11-05', 'month')).toBe('2026-11')
  expect(checkPeriod({ from: '2026-11-05', to: '2026-11-01' })).toMatch('不能晚于')
  expect(checkPeriod({ from: '2026-02-30', to: '2026-03-01' })).toMatch('日期')
})

const tally = (id: string, n: number, good: number): CompanyTally => ({
  id,
  name: id,
  received: n,
  rated: n,
  satisfied: good,
  due: n,
  resolvedInTime: good,
  resolvedEver: n,
  reopened: n - good,
})

test('红黑榜: a company with three perfect reports does not outrank a large good one', () => {
  const ranked = rankCompanies([
    tally('small', 3, 3),
    tally('big', 200, 194),
    tally('bad', 100, 50),
  ])
  expect(ranked.map((r) => r.id)).toEqual(['big', 'small', 'bad'])
  expect(ranked[0]).toMatchObject({ rank: 1, list: 'red', satisfaction: 0.97 })
  expect(ranked[2].list).toBe('black')
  expect(ranked[2].score).toBeLessThan(70)
})

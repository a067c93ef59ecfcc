import ExcelJS from 'exceljs'
import type { Dashboard, Ranking, Scope } from '@shared/contracts/stats'
import {
  computeFigures,
  factsOf,
  type ApplicationInput,
  type FactsInput,
  type Period,
} from '@shared/figures'
import { signIn, type GatewayUser } from '../support/gateway'
import { generated, H, rng, stored } from '../support/report-year'
import { addRollups } from '../support/rollups'
import { readAll as readAllOf } from '../support/read-all'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * The dashboard's numbers come from the database's grouped aggregations; here they must equal the
 * same definitions evaluated in plain TypeScript over the same reports, read back raw (state,
 * timeline, deadlines, rating, 回访 — never the stored `fig`).
 */
let system: System
let cloud: WxCloud
let office: GatewayUser

const NOV = { from: '2026-11-01', to: '2026-11-30' }

async function addAll(coll: string, docs: object[]) {
  const c = cloud.database().collection(coll)
  for (let i = 0; i < docs.length; i += 50)
    await Promise.all(docs.slice(i, i + 50).map((data) => c.add({ data })))
}

const readAll = <T>(coll: string) => readAllOf<T>(cloud, coll)

type Raw = FactsInput & {
  categoryKey: string
  place: { gridId: string; communityId: string }
  handler: { kind: string; id: string }
}

beforeAll(async () => {
  system = await startSystem()
  // The clock stands still: the sla timer (every minute) would otherwise escalate overdue
  // generated reports between the dashboard's answer and the test's own read of the reports.
  await system.admin('clock', { now: Date.now() })
  cloud = sdkFor(system)
  office = await signIn(system, 'demo-office-1')
  const r = rng(18)
  const year = Array.from({ length: 1200 }, (_, i) => stored(generated(i, r)))
  await addAll('reports', year)
  await addRollups(cloud, year)
}, 120_000)
afterAll(() => system.stop())

const inScope = (s: Scope) => (x: Raw) =>
  s.kind === 'grid'
    ? x.place.gridId === s.id
    : s.kind === 'community'
      ? x.place.communityId === s.id
      : s.kind === 'company'
        ? x.handler.kind === 'property' && x.handler.id === s.id
        : s.kind === 'category'
          ? x.categoryKey === s.id
          : true

const SCOPES: Scope[] = [
  { kind: 'street' },
  { kind: 'community', id: 'c-xinhua' },
  { kind: 'grid', id: 'g-binhe-1' },
  { kind: 'company', id: 'pc-wanjia' },
  { kind: 'category', id: 'garbage' },
]

test.each(SCOPES.map((s) => [`${s.kind} ${s.id ?? ''}`, s] as const))(
  'every figure of %s equals the definition over the same reports',
  async (_name, scope) => {
    const [res, reports, apps] = await Promise.all([
      office.call<Dashboard>('stats.dashboard', { period: NOV, scope, unit: 'week' }),
      readAll<Raw>('reports'),
      readAll<ApplicationInput>('applications'),
    ])
    expect(res.ok).toBe(true)
    const mine = reports.filter(inScope(scope))
    expect(res.data.figures).toEqual(computeFigures(mine, NOV, apps))
    expect(res.data.figures.received).toBeGreaterThan(scope.kind === 'street' ? 500 : 30)
    // Every breakdown row is the same definition over that row's reports.
    const row = (xs: Raw[], p: Period) => {
      const f = computeFigures(xs, p)
      return {
        received: f.received,
        responseRate: f.responseRate,
        due: f.due,
        onTimeRate: f.onTimeRate,
        satisfaction: f.satisfaction,
        reopenedShare: f.reopenedShare,
        avgResolveMin: f.avgResolveMin,
      }
    }
    for (const c of res.data.byCategory)
      expect([c.key, c]).toEqual([
        c.key,
        expect.objectContaining(
          row(
            mine.filter((x) => x.categoryKey === c.key),
            NOV,
          ),
        ),
      ])
    for (const g of res.data.byGrid)
      expect([g.key, g]).toEqual([
        g.key,
        expect.objectContaining(
          row(
            mine.filter((x) => x.place.gridId === g.key),
            NOV,
          ),
        ),
      ])
    // The weekly trend adds up to the period (weeks cut at the period's ends).
    const weeks = res.data.trend.rows
    expect(weeks[0].key).toBe('2026-10-26')
    expect(weeks.reduce((s, w) => s + w.received, 0)).toBe(res.data.figures.received)
    expect(weeks.reduce((s, w) => s + w.due, 0)).toBe(res.data.figures.due)
  },
  60_000,
)

test('the overdue list is the open reports past their limit, oldest first; bad input is refused', async () => {
  const res = await office.call<Dashboard>('stats.dashboard', { period: NOV })
  const reports = await readAll<{ overdue?: boolean; state: string; createdAt: string }>('reports')
  const open = [
    'submitted',
    'transferred',
    'returned',
    'escalated',
    'assigned',
    'accepted',
    'reopened',
  ]
  const expected = reports.filter((r) => r.overdue && open.includes(r.state)).length
  expect(res.data.overdue).toHaveLength(Math.min(expected, 100))
  const bad = await office.call('stats.dashboard', {
    period: { from: '2026-11-31', to: '2026-12-01' },
  })
  expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  const wang = await signIn(system, 'demo-resident-1')
  expect(await wang.call('stats.dashboard', { period: NOV })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
})

test('the export opens with the period summary and every dashboard table', async () => {
  const exp = await office.call<{ url: string }>('stats.export', { period: NOV, unit: 'month' })
  expect(exp.ok).toBe(true)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(await (await fetch(exp.data.url)).arrayBuffer()))
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    '期间汇总',
    '趋势',
    '按问题类型',
    '按网格',
    '超时清单',
    '红黑榜',
  ])
  const dash = await office.call<Dashboard>('stats.dashboard', { period: NOV, unit: 'month' })
  const sum = wb.getWorksheet('期间汇总')!
  const received = sum.getRows(1, sum.rowCount)!.find((r) => r.getCell(1).value === '收到报事')
  expect(received?.getCell(2).value).toBe(dash.data.figures.received)
  expect(wb.getWorksheet('按网格')!.rowCount).toBe(1 + dash.data.byGrid.length)
})

/** A report of a hand-built quarter (2025Q1) for one company: satisfied, on time, or not. */
function quarterReport(id: string, company: string, good: boolean, reopened = false) {
  const created = Date.parse('2025-02-10T02:00:00Z')
  const events = [
    { at: new Date(created), action: 'create' },
    { at: new Date(created + H), action: 'accept', byOpenid: 'x' },
    ...(reopened
      ? [
          { at: new Date(created + 2 * H), action: 'resolve', byOpenid: 'x' },
          { at: new Date(created + 3 * H), action: 'reopen', byOpenid: 'r' },
        ]
      : []),
    { at: new Date(created + (good ? 5 : 100) * H), action: 'resolve', byOpenid: 'x' },
    { at: new Date(created + 101 * H), action: 'confirm', byOpenid: 'r', rating: good ? 5 : 2 },
  ]
  const doc = {
    ...generated(0, rng(1)),
    _id: id,
    requestKey: `q:${id}`,
    state: 'closed',
    handler: {
      kind: 'property',
      id: company,
      name: company,
      staffOpenids: [],
      contactName: '',
      contactPhone: '',
    },
    deadlines: { acceptBy: new Date(created + 2 * H), resolveBy: new Date(created + 48 * H) },
    events,
    rating: { score: good ? 5 : 2, comment: '', at: new Date(created + 101 * H) },
    createdAt: new Date(created),
  }
  delete (doc as { followUp?: unknown }).followUp
  return stored(doc as ReturnType<typeof generated>)
}

test('红黑榜 of a hand-built quarter: shrinkage keeps a 3-report company off the top; staff see only their own', async () => {
  await cloud
    .database()
    .collection('property_companies')
    .add({ data: { _id: 'pc-small', streetId: 'haibei', name: '小小物业', servicePhone: '' } })
  const docs = [
    ...Array.from({ length: 40 }, (_, i) => quarterReport(`q-l-${i}`, 'pc-lvcheng', i < 39)),
    ...Array.from({ length: 3 }, (_, i) => quarterReport(`q-s-${i}`, 'pc-small', true)),
    ...Array.from({ length: 20 }, (_, i) =>
      quarterReport(`q-w-${i}`, 'pc-wanjia', i % 2 === 0, i === 1),
    ),
  ]
  await addAll('reports', docs)
  await addRollups(cloud, docs)
  const res = await office.call<Ranking>('stats.ranking', { quarter: '2025Q1' })
  expect(res.ok).toBe(true)
  expect(res.data.standings.map((s) => [s.id, s.list])).toEqual([
    ['pc-lvcheng', 'red'],
    ['pc-small', 'red'],
    ['pc-wanjia', 'black'],
  ])
  expect(res.data.standings[1].satisfaction).toBe(1) // perfect, but only three reports
  const zhao = await signIn(system, 'demo-property-2') // 万家物业
  const own = await zhao.call<Ranking>('stats.ranking', { quarter: '2025Q1' })
  expect(own.data.standings.map((s) => s.id)).toEqual(['pc-wanjia'])
  expect(own.data.pulledDown!.map((p) => p.id).sort()).toEqual(
    Array.from({ length: 20 }, (_, i) => `q-w-${i}`)
      .filter((_, i) => i % 2 === 1)
      .sort(),
  )
  expect(own.data.pulledDown!.find((p) => p.id === 'q-w-1')!.reasons).toEqual([
    '不满意',
    '重新办理',
    '未按时办结',
  ])
  const wang = await signIn(system, 'demo-resident-1')
  expect(await wang.call('stats.ranking', { quarter: '2025Q1' })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
})

test('every step through the report function keeps the report’s facts current (in its transaction)', async () => {
  const worker = await signIn(system, 'demo-grid-1')
  const reports = cloud.database().collection('reports')
  const before = (await reports.doc('r-demo-1').get()).data
  expect(before.fig).toMatchObject({ accepted: 0, acceptMin: null }) // seeded with its facts
  const res = await worker.call('report.transition', {
    id: 'r-demo-1',
    version: before.version,
    action: 'accept',
  })
  expect(res.ok).toBe(true)
  const after = (await reports.doc('r-demo-1').get()).data
  expect(after.fig).toEqual(factsOf(after))
  expect(after.fig).toMatchObject({ accepted: 1, acceptedBy: 'demo-grid-1' })
})

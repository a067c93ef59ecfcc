import ExcelJS from 'exceljs'
import type { Dashboard, Scope } from '@shared/contracts/stats'
import {
  computeFigures,
  factsOf,
  type ApplicationInput,
  type FactsInput,
  type Period,
} from '@shared/figures'
import { signIn, type GatewayUser } from '../support/gateway'
import { readAll as readAllOf } from '../support/read-all'
import { addReports, generated, rng, stored } from '../support/report-year'
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
  await addReports(cloud, year)
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

import type { Dashboard, Scope } from '@shared/contracts/stats'
import {
  computeFigures,
  rollupDocs,
  type ApplicationInput,
  type FactsInput,
  type RollupInput,
} from '@shared/figures'
import { signIn, type GatewayUser } from '../support/gateway'
import { generated, rng } from '../support/report-year'
import { storedRollups } from '../support/rollups'
import { readAll as readAllOf } from '../support/read-all'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * An environment whose reports were stored before rollups existed (no `fig`, no rollups): the sla
 * timer counts them in bounded rounds; a step on one not yet reached counts it itself; after
 * the rebuild the dashboard equals the definitions in plain TypeScript, and a second rebuild
 * changes nothing.
 */
let system: System
let cloud: WxCloud
let office: GatewayUser
const OLD = 230 // with the demo reports: more than one round reads (two pages of 100)
const NOV = { from: '2026-11-01', to: '2026-11-30' }

type Raw = FactsInput & {
  categoryKey: string
  place: { gridId: string; communityId: string }
  handler: { kind: string; id: string }
}

const readAll = <T>(coll: string) => readAllOf<T>(cloud, coll)

beforeAll(async () => {
  system = await startSystem()
  // Frozen: the timer runs only when a test ticks it.
  await system.admin('clock', { now: Date.now() })
  cloud = sdkFor(system)
  office = await signIn(system, 'demo-office-1')
  const reports = cloud.database().collection('reports')
  const r = rng(7)
  const old = Array.from({ length: OLD }, (_, i) => ({ ...generated(i, r), _id: `old-${i}` }))
  for (let i = 0; i < old.length; i += 50)
    await Promise.all(old.slice(i, i + 50).map((data) => reports.add({ data })))
  // An old copy of a demo report the grid worker can act on, before the rebuild reaches it.
  const { data: demo } = await reports.doc('r-demo-1').get()
  delete demo._id
  delete demo.fig
  await reports.add({ data: { ...demo, _id: 'old-demo', requestKey: 'old:demo', no: 'BS-OLD-1' } })
}, 120_000)
afterAll(() => system.stop())

let minute = 0
const round = async () => {
  minute += 2
  await system.admin('clock', { now: Date.now() + minute * 60_000 })
  const t = await system.admin<{ fired: Array<{ name: string; ok: boolean }> }>('tick')
  expect(t.fired.filter((f) => f.name === 'sla').map((f) => f.ok)).toEqual([true])
}
const cursor = async () =>
  (await cloud.database().collection('settings').where({ _id: 'rollupRebuild' }).get()).data[0] as
    | { done: boolean; counted: number }
    | undefined
/** Rounds until the cursor says done: bounded, each round one batch. */
async function rebuild(): Promise<number> {
  for (let n = 1; n <= 10; n++) {
    await round()
    if ((await cursor())?.done) return n
  }
  throw new Error('the rebuild did not finish in 10 rounds')
}

const SCOPES: Scope[] = [{ kind: 'street' }, { kind: 'grid', id: 'g-binhe-1' }]
const inScope = (s: Scope) => (x: Raw) => s.kind === 'street' || x.place.gridId === s.id

async function expectDashboardEqualsDefinitions() {
  const [reports, apps] = await Promise.all([
    readAll<Raw>('reports'),
    readAll<ApplicationInput>('applications'),
  ])
  for (const scope of SCOPES) {
    const res = await office.call<Dashboard>('stats.dashboard', { period: NOV, scope })
    expect(res.ok).toBe(true)
    expect([scope, res.data.figures]).toEqual([
      scope,
      computeFigures(reports.filter(inScope(scope)), NOV, apps),
    ])
  }
}

test('old reports are counted in bounded rounds; a rerun changes nothing', async () => {
  const before = await office.call<Dashboard>('stats.dashboard', { period: NOV })
  expect(before.data.figures.received).toBeLessThan(OLD / 2) // the old reports are not counted
  // A step on an old report the rebuild has not reached: the step counts it whole.
  const worker = await signIn(system, 'demo-grid-1')
  const { data: demo } = await cloud.database().collection('reports').doc('old-demo').get()
  const step = await worker.call('report.transition', {
    id: 'old-demo',
    version: demo.version,
    action: 'accept',
  })
  expect(step.ok).toBe(true)

  expect(await rebuild()).toBeGreaterThanOrEqual(2) // at most 200 reports a round
  // The rest were counted by their own steps: the accept above, the timer's escalations.
  expect((await cursor())?.counted).toBeGreaterThan(OLD / 2)
  expect((await cursor())?.counted).toBeLessThan(OLD)
  await expectDashboardEqualsDefinitions()
  const reports = await readAll<RollupInput & { fig?: unknown }>('reports')
  expect(reports.every((x) => x.fig)).toBe(true)
  const stored = await storedRollups(cloud)
  const expected = rollupDocs(reports)
  expect(stored.size).toBe(expected.length)
  // The seed stamps its documents' createdAt; the sums are what must agree.
  for (const doc of expected)
    expect({ ...stored.get(String(doc._id)), createdAt: undefined }).toEqual(doc)

  // A second rebuild (the cursor reset) counts nothing twice.
  await cloud.database().collection('settings').doc('rollupRebuild').remove()
  await rebuild()
  expect((await cursor())?.counted).toBe(0)
  expect(await storedRollups(cloud)).toEqual(stored)
  await expectDashboardEqualsDefinitions()
}, 240_000)

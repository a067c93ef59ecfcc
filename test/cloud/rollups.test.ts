import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import type { Ledger } from '@shared/contracts/ledger'
import { rollupDocs, type RollupInput } from '@shared/figures'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { storedRollups } from '../support/rollups'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * The figures' rollups follow every step in the step's own transaction: after any sequence of
 * steps through the functions they equal the rollups rebuilt from the reports as stored, and an
 * instance killed at the rollup write leaves neither the step nor its counts.
 */
let system: System
let cloud: WxCloud
let wang: GatewayUser
let grid1: GatewayUser
let office: GatewayUser

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  // The sla timer (every minute) takes steps of its own: the clock stands still here.
  await system.admin('clock', { now: Date.now() })
  ;[wang, grid1, office] = await Promise.all(
    ['demo-resident-1', 'demo-grid-1', 'demo-office-1'].map((o) => signIn(system, o)),
  )
}, 60_000)
afterAll(() => system.stop())

const db = () => cloud.database()
const version = async (id: string) =>
  ((await db().collection('reports').doc(id).get()).data as { version: number }).version

async function allReports(): Promise<RollupInput[]> {
  const out: RollupInput[] = []
  for (let skip = 0; ; skip += 1000) {
    const { data } = await db().collection('reports').skip(skip).limit(1000).get()
    out.push(...(data as RollupInput[]))
    if (data.length < 1000) return out
  }
}

/** A rollup's non-zero numbers as dotted paths (a count back at 0 is the same as none). */
function numbers(doc: Record<string, unknown>, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [k, v] of Object.entries(doc)) {
    if (typeof v === 'number' && v !== 0) out[prefix + k] = v
    else if (v && typeof v === 'object' && !(v instanceof Date))
      Object.assign(out, numbers(v as Record<string, unknown>, `${prefix}${k}.`))
  }
  return out
}

async function expectRollupsMatchReports() {
  const expected = new Map(rollupDocs(await allReports()).map((d) => [String(d._id), numbers(d)]))
  const stored = await storedRollups(cloud)
  const actual = new Map(
    [...stored]
      .map(([id, d]) => [id, numbers(d)] as const)
      .filter(([, n]) => Object.keys(n).length),
  )
  expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected))
}

let seq = 0
async function step(u: GatewayUser, id: string, action: string, extra: object = {}) {
  const r = await u.call<ReportDetail>('report.transition', {
    id,
    version: await version(id),
    action,
    ...extra,
  })
  if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`)
}
async function filed(): Promise<string> {
  const r = await wang.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'noise',
    description: `夜间噪音 ${++seq}，楼上一直在拖动家具，影响休息`,
    photos: [],
    location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
    urgency: 'normal',
    requestId: `rollup-${seq}-xxxxxxxx`,
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.report.id
}
const photo = () => grid1.upload(`uploads/demo-grid-1/20261123/r${++seq}.jpg`, TINY_JPEG)

test('filing, accepting, resolving, rating and reopening keep the rollups equal to the reports', async () => {
  const before = await office.call<Ledger>('grid.ledger', {})
  const row = (l: Ledger) => l.grids.find((g) => g.gridId === 'g-xinhua-1')!
  const a = await filed()
  const b = await filed()
  await step(grid1, a, 'accept')
  await step(grid1, a, 'resolve', { note: '已换灯泡', photos: [await photo()] })
  await step(wang, a, 'confirm', { rating: 5, comment: '很快' })
  await step(grid1, b, 'accept')
  await step(grid1, b, 'resolve', { note: '已修好', photos: [await photo()] })
  await step(wang, b, 'reopen', { reason: '晚上又不亮了' })
  await expectRollupsMatchReports()
  // The ledger reads those rollups: two more reports, one still open, one rated 5 stars.
  const after = await office.call<Ledger>('grid.ledger', {})
  expect(row(after.data).total).toBe(row(before.data).total + 2)
  expect(row(after.data).open).toBe(row(before.data).open + 1)
  expect(row(after.data).rated).toBe(row(before.data).rated + 1)
}, 120_000)

test('an instance killed at the rollup write: neither the step nor its counts, and a retry counts once', async () => {
  const id = await filed()
  await step(grid1, id, 'accept')
  const v = await version(id)
  const counts = await storedRollups(cloud)
  await system.admin('crash-on', {
    action: 'database.modifyDocument',
    collection: 'figure_rollups',
  })
  const r = await grid1.call('report.transition', {
    id,
    version: v,
    action: 'resolve',
    note: '已修好',
    photos: [await photo()],
  })
  expect(r.ok).not.toBe(true)
  // A write waits until CloudBase has timed the dead transaction out.
  await db()
    .collection('figure_rollups')
    .where({ _id: 'none' })
    .update({ data: { x: 1 } })
  expect(await version(id)).toBe(v)
  expect(await storedRollups(cloud)).toEqual(counts)
  await step(grid1, id, 'resolve', { note: '已修好', photos: [await photo()] })
  await expectRollupsMatchReports()
}, 120_000)

import type { ReportSummary } from '@shared/contracts/report'
import type { WorkCounts } from '@shared/reports/work-counts'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { patchReport } from '../support/rollups'
import { startSystem, type System } from '../support/system'

/**
 * report.workCounts (staff 首页): each role gets its own counts, equal to the lists a tap opens,
 * over its own grid or company only; residents are refused.
 */
let system: System
let cloud: WxCloud
let wang: GatewayUser // resident, 新华小区1号楼: grid g-xinhua-1, 绿城物业
let li: GatewayUser // resident, 滨河花园1号楼: grid g-binhe-1
let grid1: GatewayUser // worker of g-xinhua-1
let grid3: GatewayUser // worker of g-binhe-1
let property: GatewayUser // 绿城物业
let office: GatewayUser

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  // The sla timer would flag reports overdue between two reads: the clock stands still.
  await system.admin('clock', { now: Date.now() })
  ;[wang, li, grid1, grid3, property, office] = await Promise.all(
    [
      'demo-resident-1',
      'demo-resident-2',
      'demo-grid-1',
      'demo-grid-3',
      'demo-property-1',
      'demo-office-1',
    ].map((o) => signIn(system, o)),
  )
})
afterAll(async () => {
  await system.admin('clock', { now: null })
  await system.stop()
})

let seq = 0
async function newReport(by: GatewayUser, over: object = {}): Promise<string> {
  const r = await by.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'noise',
    description: `楼上装修噪音 ${++seq}`,
    photos: [],
    location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
    urgency: 'normal',
    requestId: `work-${seq}-xxxxxxxx`,
    ...over,
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.report.id
}
async function counts(u: GatewayUser): Promise<WorkCounts> {
  const r = await u.call<{ counts: WorkCounts }>('report.workCounts', {})
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.counts
}
const inboxCounts = async (u: GatewayUser) =>
  (await u.call<{ counts: Record<string, number> }>('report.inbox', { tab: 'pending' })).data.counts
/** Past its limit: the flag and the counters the badges read (as a timer step keeps them). */
const markOverdue = (id: string) => patchReport(cloud, id, { overdue: true })

test('a grid worker counts their own grid’s 待受理 and 已超时, as their inbox does', async () => {
  const [before1, before3] = [await counts(grid1), await counts(grid3)]
  expect(Object.keys(before1).sort()).toEqual(['overdue', 'pending'])
  const a = await newReport(wang)
  await newReport(wang)
  await markOverdue(a)
  // Another grid's report: counted for its own worker, never for grid1.
  await newReport(li, { location: { kind: 'address', buildingId: 'b-binhe-1-1' } })

  const after1 = await counts(grid1)
  expect(after1).toEqual({ pending: before1.pending! + 2, overdue: before1.overdue! + 1 })
  const inbox = await inboxCounts(grid1)
  expect(after1).toEqual({ pending: inbox.pending, overdue: inbox.overdue })
  expect(await counts(grid3)).toEqual({ ...before3, pending: before3.pending! + 1 })
})

test('property staff count their company’s reports only', async () => {
  const before = await counts(property)
  // 报物业 needs a photo.
  const photo = await wang.upload(`uploads/${wang.openid}/20261123/w1.jpg`, TINY_JPEG)
  await newReport(wang, { target: 'property', categoryKey: 'elevator', photos: [photo] })
  await newReport(wang) // a grid report: not the company's
  const after = await counts(property)
  expect(after).toEqual({ ...before, pending: before.pending! + 1 })
  const inbox = await inboxCounts(property)
  expect(after).toEqual({ pending: inbox.pending, overdue: inbox.overdue })
})

test('the office counts the street’s queues and applications 待审核, as its lists do', async () => {
  const before = await counts(office)
  const id = await newReport(wang)
  const { version } = (await office.call<{ version: number }>('report.get', { id })).data
  const escalated = await grid1.call('report.transition', {
    id,
    version,
    action: 'escalate',
    reason: '需要城管执法',
  })
  expect(escalated.ok).toBe(true)
  await markOverdue(
    await newReport(li, { location: { kind: 'address', buildingId: 'b-binhe-1-1' } }),
  )

  const after = await counts(office)
  expect(after).toEqual({
    ...before,
    escalations: before.escalations! + 1,
    pending: before.pending! + 1,
    overdue: before.overdue! + 1,
  })
  const search = (
    await office.call<{ counts: Record<string, number> }>('report.search', { filter: 'all' })
  ).data.counts
  const queue = (await office.call<{ counts: Record<string, number> }>('certificate.queue', {}))
    .data.counts
  expect(after).toEqual({
    escalations: search.escalations,
    overdue: search.overdue,
    pending: search.pending,
    applications: queue.submitted,
  })
})

test('a resident has no work counts: refused, with a rule', async () => {
  const r = await wang.call('report.workCounts', {})
  expect(r.ok).toBe(false)
  expect(r.error?.code).toBe('FORBIDDEN')
})

test('served by indexes: the emulator logs no unindexed query for any role', async () => {
  system.log.splice(0)
  for (const u of [grid1, property, office]) await counts(u)
  expect(system.log.join('')).toMatch(/report\.workCounts/)
  expect(system.log.join('')).not.toMatch(/unindexed query/)
})

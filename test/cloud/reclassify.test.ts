import type { ReportDetail } from '@shared/contracts/report'
import { DEFAULT_LIMITS } from '@shared/reports'
import type { GatewayUser } from '../support/gateway'
import { fileReport } from '../support/reports'
import type { WxCloud } from '../support/sdk'
import { startSignedIn } from '../support/signed-in'
import type { System } from '../support/system'

/**
 * 更改类别 (report.transition `reclassify`, office): the category, taxonomy and deadlines change
 * in the step's one conditional update with its timeline line and notices; the clock keeps the
 * time the street received the report; a category the handler's kind does not take makes the
 * step a 派单 (only where 派单 is allowed); every refusal leaves the report as it was.
 */
let system: System
let cloud: WxCloud
let wang: GatewayUser
let grid1: GatewayUser
let office: GatewayUser
const MIN = 60_000

beforeAll(async () => {
  // A still clock: the sla timer would otherwise remind or mark reports between two reads.
  const stillClock = (s: System) => s.admin('clock', { now: Date.now() })
  const openids = ['demo-resident-1', 'demo-grid-1', 'demo-office-1']
  ;({
    system,
    cloud,
    users: [wang, grid1, office],
  } = await startSignedIn(openids, stillClock))
})
afterAll(() => system.stop())

const newReport = (categoryKey = 'noise') => fileReport(wang, { categoryKey, noCallback: true })
const stored = async (id: string) =>
  (await cloud.database().collection('reports').doc(id).get()).data
const inbox = async (openid: string, id: string) =>
  (await cloud.database().collection('messages').where({ toOpenid: openid }).limit(1000).get()).data
    .filter((m: { reportId?: string; url?: string }) => JSON.stringify(m).includes(id))
    .map((m: { title: string }) => m.title)
const reclassify = (id: string, version: number, categoryKey: string, by = office) =>
  by.call<ReportDetail>('report.transition', {
    id,
    version,
    action: 'reclassify',
    categoryKey,
    reason: '现场核实为管道堵塞',
  })

test('噪音扰民 → 下水管道: new limits from the time it came in, a from → to line, the same handler told', async () => {
  const id = await newReport('noise')
  const before = await stored(id)
  const a = await reclassify(id, before.version, 'drain')
  expect(a.error).toBeUndefined()
  const after = await stored(id)
  const received = new Date(before.createdAt).getTime()
  const complex = DEFAULT_LIMITS.complex.normal
  expect(after).toMatchObject({
    categoryKey: 'drain',
    taxonomyCode: 'CS-PS',
    state: 'submitted',
    version: before.version + 1,
    handler: before.handler,
  })
  expect(new Date(after.deadlines.resolveBy).getTime()).toBe(received + complex.resolveMin * MIN)
  expect(new Date(after.deadlines.acceptBy).getTime()).toBe(received + complex.acceptMin * MIN)
  expect(new Date(after.clockStart).getTime()).toBe(new Date(before.clockStart).getTime())
  // The figures' deadline follows the new one (countStep after the step).
  expect(new Date(after.fig.dueAt).getTime()).toBe(received + complex.resolveMin * MIN)
  const last = after.events[after.events.length - 1]
  expect(last).toMatchObject({
    action: 'reclassify',
    byOpenid: 'demo-office-1',
    note: '噪音扰民 → 下水管道',
    reason: '现场核实为管道堵塞',
  })
  expect(a.data.events.at(-1)?.label).toBe('更改类别')
  expect(await inbox('demo-grid-1', id)).toContain('报事类别已更改，办理时限已重算')
})

test("a grid report becomes 电梯 (物业 only): a 派单 to the building's property company with a fresh clock", async () => {
  const id = await newReport('noise')
  const before = await stored(id)
  await system.admin('clock', { now: new Date(before.createdAt).getTime() + 30 * MIN })
  const a = await reclassify(id, before.version, 'elevator')
  expect(a.error).toBeUndefined()
  const after = await stored(id)
  expect(after).toMatchObject({
    categoryKey: 'elevator',
    state: 'transferred',
    target: 'property',
    handler: { kind: 'property', id: 'pc-lvcheng' },
  })
  expect(after.events.at(-1)).toMatchObject({
    action: 'reclassify',
    from: 'submitted',
    to: 'transferred',
  })
  const start = new Date(after.clockStart).getTime()
  expect(start).toBe(new Date(before.createdAt).getTime() + 30 * MIN)
  expect(new Date(after.deadlines.resolveBy).getTime()).toBe(
    start + DEFAULT_LIMITS.simple.normal.resolveMin * MIN,
  )
  expect(await inbox('demo-property-1', id)).toContain('街道派单，请及时受理')
})

test('refusals change nothing: accepted then 电梯, stale version, same or unknown category, closed, not the office', async () => {
  const accepted = await newReport('noise')
  const v = (await stored(accepted)).version
  expect(
    (await grid1.call('report.transition', { id: accepted, version: v, action: 'accept' })).ok,
  ).toBe(true)
  const closed = await newReport('noise')
  const c = await stored(closed)
  const rejected = await office.call('report.transition', {
    id: closed,
    version: c.version,
    action: 'reject',
    reason: '不属于受理范围',
  })
  expect(rejected.ok).toBe(true)
  const cases: Array<
    [string, () => Promise<{ error?: { code: string; message: string } }>, string, RegExp]
  > = [
    [
      accepted,
      async () => reclassify(accepted, (await stored(accepted)).version, 'elevator'),
      'CONFLICT',
      /须由物业公司办理/,
    ],
    [accepted, async () => reclassify(accepted, 1, 'drain'), 'CONFLICT', /刷新/],
    [
      accepted,
      async () => reclassify(accepted, (await stored(accepted)).version, 'noise'),
      'INVALID_INPUT',
      /相同/,
    ],
    [
      accepted,
      async () => reclassify(accepted, (await stored(accepted)).version, 'toString'),
      'INVALID_INPUT',
      /类别/,
    ],
    [
      closed,
      async () => reclassify(closed, (await stored(closed)).version, 'drain'),
      'CONFLICT',
      /不予受理/,
    ],
    [
      accepted,
      async () => reclassify(accepted, (await stored(accepted)).version, 'drain', grid1),
      'FORBIDDEN',
      /街道/,
    ],
  ]
  for (const [n, [id, call, code, message]] of cases.entries()) {
    const before = await stored(id)
    const a = await call()
    expect({ n, code: a.error?.code }).toEqual({ n, code })
    expect(a.error?.message).toMatch(message)
    expect(await stored(id)).toEqual(before)
  }
})

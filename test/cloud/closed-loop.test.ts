import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

let system: System
let cloud: WxCloud
let wang: GatewayUser // resident of 新华小区1号楼 (grid g-xinhua-1)
let li: GatewayUser // another resident
let grid1: GatewayUser // worker of g-xinhua-1
let grid2: GatewayUser // worker of g-xinhua-2
let office: GatewayUser
let property: GatewayUser

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  ;[wang, li, grid1, grid2, office, property] = await Promise.all(
    [
      'demo-resident-1',
      'demo-resident-2',
      'demo-grid-1',
      'demo-grid-2',
      'demo-office-1',
      'demo-property-1',
    ].map((o) => signIn(system, o)),
  )
})
afterAll(() => system.stop())

let seq = 0
const photo = (u: GatewayUser) => u.upload(`uploads/${u.openid}/20261123/c${++seq}.jpg`, TINY_JPEG)
async function newReport(over: object = {}, by: GatewayUser = wang): Promise<string> {
  const r = await by.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'noise',
    description: `楼上装修噪音 ${++seq}`,
    photos: [],
    location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
    urgency: 'normal',
    requestId: `loop-${seq}-xxxxxxxx`,
    // The no-callback rule: a caller without a verified phone says 不需要回电.
    noCallback: true,
    ...over,
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.report.id
}
const get = async (u: GatewayUser, id: string) =>
  (await u.call<ReportDetail>('report.get', { id })).data
async function act(u: GatewayUser, id: string, action: string, extra: object = {}) {
  const { version } = await get(office, id)
  return u.call<ReportDetail>('report.transition', { id, version, action, ...extra })
}

test('the whole loop: accept → note → resolve with a photo → the resident confirms with 5 stars', async () => {
  const id = await newReport()
  expect((await get(grid1, id)).actions.sort()).toEqual([
    'accept',
    'escalate',
    'return',
    'transfer',
  ])
  expect((await act(grid1, id, 'accept')).data.statusTag).toBe('处理中')
  expect((await act(grid1, id, 'note', { note: '已联系楼上住户' })).ok).toBe(true)
  const resolved = await act(grid1, id, 'resolve', {
    note: '已协调，晚上不再施工',
    photos: [await photo(grid1)],
  })
  expect(resolved.data.statusTag).toBe('已办结')
  expect((await get(wang, id)).actions.sort()).toEqual(['confirm', 'reopen'])
  const closed = await act(wang, id, 'confirm', { rating: 5, comment: '很快，谢谢' })
  expect(closed.data).toMatchObject({
    statusTag: '已评价',
    rating: { score: 5, comment: '很快，谢谢' },
  })
  expect(closed.data.events.map((e) => e.action)).toEqual([
    'create',
    'accept',
    'note',
    'resolve',
    'confirm',
  ])
  const msgs = await cloud
    .database()
    .collection('messages')
    .where({ toOpenid: 'demo-resident-1', refId: id })
    .count()
  expect(msgs.total).toBe(3) // accept, note, resolve (not their own confirm)
})

test.each([
  ['a resident accepting', () => li, 'accept', {}, 'FORBIDDEN'],
  ['another grid’s worker accepting', () => grid2, 'accept', {}, 'FORBIDDEN'],
  ['property staff accepting a grid report', () => property, 'accept', {}, 'FORBIDDEN'],
  ['the reporter accepting their own report', () => wang, 'accept', {}, 'FORBIDDEN'],
  [
    'the office resolving a report still with its handler',
    () => office,
    'resolve',
    { note: 'x', photos: [] },
    'INVALID_INPUT',
  ],
  [
    'the handler confirming (nobody can before it is resolved)',
    () => grid1,
    'confirm',
    { rating: 5 },
    'CONFLICT',
  ],
  [
    'the handler rejecting (only the office may)',
    () => grid1,
    'reject',
    { reason: '不归我管' },
    'FORBIDDEN',
  ],
])('refused: %s', async (_name, who, action, extra, code) => {
  const id = await newReport()
  const before = await get(office, id)
  const r = await act(who(), id, action, extra)
  expect(r).toMatchObject({ ok: false, error: { code } })
  const after = await get(office, id)
  expect(after.version).toBe(before.version)
  expect(after.events).toHaveLength(before.events.length)
})

test('a stale version is a CONFLICT with a clear message, and changes nothing', async () => {
  const id = await newReport()
  const r = await grid1.call('report.transition', { id, version: 7, action: 'accept' })
  expect(r).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '该报事刚刚已被他人处理，请刷新后查看' },
  })
  expect((await get(office, id)).state).toBe('submitted')
})

test('50 pairs of concurrent accepts: exactly one winner each', async () => {
  const ids: string[] = []
  // Five residents: one person filing fifty reports in a minute meets the abuse limits.
  const people = await Promise.all([0, 1, 2, 3, 4].map((i) => signIn(system, `loop-res-${i}`)))
  for (let i = 0; i < 50; i++) ids.push(await newReport({}, people[i % 5]))
  const results = await Promise.all(
    ids.map(async (id) => {
      const { version } = await get(office, id)
      const both = await Promise.all(
        [0, 1].map(() => grid1.call('report.transition', { id, version, action: 'accept' })),
      )
      return both.map((r) => r.ok)
    }),
  )
  for (const pair of results) expect(pair.filter(Boolean)).toHaveLength(1)
  const docs = await cloud
    .database()
    .collection('reports')
    .where({ _id: cloud.database().command.in(ids) })
    .limit(100)
    .get()
  for (const d of docs.data) {
    expect(d.events.filter((e: { action: string }) => e.action === 'accept')).toHaveLength(1)
    expect(d.version).toBe(2)
  }
}, 120000)

test('transfer moves the report to another grid, whose worker may then accept; the old one may not', async () => {
  const id = await newReport()
  const r = await act(grid1, id, 'transfer', {
    reason: '属于第二网格',
    to: { kind: 'grid', id: 'g-xinhua-2' },
  })
  expect(r.data).toMatchObject({ handlerName: '新华社区第二网格', state: 'transferred' })
  expect((await act(grid1, id, 'accept')).ok).toBe(false)
  expect((await act(grid2, id, 'accept')).ok).toBe(true)
})

test('escalate (吹哨) → the office assigns a department → resolves; the office is told of the escalation', async () => {
  const id = await newReport()
  await act(grid1, id, 'escalate', { reason: '需要城管执法' })
  const told = await cloud
    .database()
    .collection('messages')
    .where({ toOpenid: 'demo-office-1', refId: id })
    .count()
  expect(told.total).toBe(1)
  const assigned = await act(office, id, 'assignDepartment', {
    department: '城管执法中队',
    deadline: Date.now() + 2 * 86400_000,
  })
  expect(assigned.data).toMatchObject({ state: 'assigned', department: { name: '城管执法中队' } })
  expect(
    (await act(office, id, 'resolve', { note: '已依法处理', photos: [await photo(office)] })).data
      .state,
  ).toBe('resolved')
})

test('reject shows the reason; reopen needs a reason; duplicate moves the followers', async () => {
  const a = await newReport()
  const rejected = await act(office, a, 'reject', { reason: '属于私人装修纠纷，请联系物业调解' })
  expect(rejected.data.events.at(-1)).toMatchObject({
    label: '不予受理',
    by: expect.stringContaining('陈主任'),
  })
  expect((await get(wang, a)).statusTag).toBe('不予受理')
  const keep = await newReport()
  const dup = await newReport()
  const merged = await act(office, dup, 'markDuplicate', { duplicateOf: keep })
  expect(merged.data.state).toBe('duplicate')
  const refused = await act(wang, keep, 'reopen', {})
  expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
})

test('the reason of an escalation reaches the office’s timeline; the resident reads the true state', async () => {
  const id = await newReport()
  await act(grid1, id, 'escalate', { reason: '需要城管执法，网格无权处罚' })
  const seen = await get(office, id)
  expect(seen.events.at(-1)).toMatchObject({
    action: 'escalate',
    label: '吹哨上报',
    by: expect.stringContaining('网格员'),
    reason: '需要城管执法，网格无权处罚',
  })
  expect((await get(wang, id)).events.at(-1)?.reason).toBe('需要城管执法，网格无权处罚')
  for (const u of [wang, grid1]) expect((await get(u, id)).statusTag).toBe('已吹哨，街道督办中')
  // The office's message names the report (number and first words) and opens its office page.
  const { no } = await get(office, id)
  const msg = (
    await cloud
      .database()
      .collection('messages')
      .where({ toOpenid: 'demo-office-1', refId: id })
      .get()
  ).data[0]
  expect(msg).toMatchObject({
    title: '吹哨上报，请督办',
    body: expect.stringContaining(`${no}「楼上装修噪音`),
    page: `/pages/office/report/index?id=${id}`,
  })
})

test('the reason of a reopening reaches the handler’s timeline and message', async () => {
  const id = await newReport()
  await act(grid1, id, 'accept')
  await act(grid1, id, 'resolve', { note: '已协调', photos: [await photo(grid1)] })
  await act(wang, id, 'reopen', { reason: '晚上十点后仍在施工' })
  expect((await get(grid1, id)).events.at(-1)).toMatchObject({
    action: 'reopen',
    by: expect.stringContaining('居民'),
    reason: '晚上十点后仍在施工',
  })
  const msg = (
    await cloud
      .database()
      .collection('messages')
      .where({ toOpenid: 'demo-grid-1', refId: id })
      .get()
  ).data.find((m: { title: string }) => m.title === '居民要求重新办理')
  expect(msg).toMatchObject({
    body: expect.stringContaining('晚上十点后仍在施工'),
    page: `/pages/worker/task/index?id=${id}`,
  })
})

test('bad transition input writes nothing', async () => {
  const id = await newReport()
  for (const bad of [
    { action: 'fly' },
    { action: 'accept', version: 0 },
    { action: 'confirm', rating: 9 },
    { action: 'autoClose' },
  ]) {
    const r = await grid1.call('report.transition', { id, version: 1, ...bad })
    expect(r.ok).toBe(false)
  }
  expect((await get(office, id)).version).toBe(1)
})

import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

let system: System
let cloud: WxCloud
let wang: GatewayUser // demo-resident-1, 新华小区1号楼 (grid g-xinhua-1, 绿城物业)
let li: GatewayUser // demo-resident-2, another grid
let grid1: GatewayUser // the worker of g-xinhua-1

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  ;[wang, li, grid1] = await Promise.all(
    ['demo-resident-1', 'demo-resident-2', 'demo-grid-1'].map((o) => signIn(system, o)),
  )
})
afterAll(() => system.stop())

let seq = 0
async function photo(u: GatewayUser): Promise<string> {
  return u.upload(`uploads/${u.openid}/20261123/p${++seq}.jpg`, TINY_JPEG)
}
const count = async (coll: string) =>
  (await cloud.database().collection(coll).count()).total as number

async function input(u: GatewayUser, over: Record<string, unknown> = {}) {
  return {
    target: 'grid',
    categoryKey: 'lighting',
    description: '2单元3楼楼道灯坏了',
    photos: [await photo(u)],
    location: { kind: 'address', buildingId: 'b-xinhua-1-1', unit: '2单元' },
    urgency: 'normal',
    requestId: `req-${++seq}-abcdefgh`,
    ...over,
  }
}

test('create routes to the grid worker, sets deadlines, stores the first event and tells the worker', async () => {
  const r = await wang.call<{ report: ReportSummary; duplicate: boolean }>(
    'report.create',
    await input(wang),
  )
  expect(r.ok).toBe(true)
  expect(r.data.duplicate).toBe(false)
  expect(r.data.report).toMatchObject({
    statusTag: '待受理',
    handlerName: '新华社区第一网格',
    mine: true,
    categoryLabel: '照明',
  })
  const { data } = await cloud.database().collection('reports').doc(r.data.report.id).get()
  expect(data.handler.staffOpenids).toEqual(['demo-grid-1'])
  expect(data.deadlines.acceptBy.getTime() - data.createdAt.getTime()).toBe(2 * 3600_000)
  expect(data.events).toHaveLength(1)
  const msgs = await cloud
    .database()
    .collection('messages')
    .where({ toOpenid: 'demo-grid-1', refId: r.data.report.id })
    .get()
  expect(msgs.data).toHaveLength(1)
})

test('报物业 goes to the compound’s property company and all its staff', async () => {
  const r = await wang.call<{ report: ReportSummary }>(
    'report.create',
    await input(wang, { target: 'property', categoryKey: 'elevator' }),
  )
  expect(r.data.report.handlerName).toBe('乌海绿城物业服务有限公司')
  const { data } = await cloud.database().collection('reports').doc(r.data.report.id).get()
  expect(data.handler.staffOpenids).toEqual(['demo-property-1'])
})

test('a report by position lands in the grid whose polygon holds the point', async () => {
  // Inside g-binhe-2's rectangle (col 1, row 1), away from buildings.
  const loc = {
    kind: 'point',
    latitude: 39.67 + 0.008 * 1.5,
    longitude: 106.8 + 0.01 * 1.5,
    address: '滨河路口',
  }
  const r = await li.call<{ report: ReportSummary }>(
    'report.create',
    await input(li, { location: loc }),
  )
  expect(r.error).toBeUndefined()
  // The place is named by the server from the street's buildings, never from the client's text.
  expect(r.data.report).toMatchObject({
    handlerName: '滨河社区第二网格',
    placeLabel: '滨河花园3号楼附近',
  })
  const far = await li.call(
    'report.create',
    await input(li, { location: { ...loc, latitude: 30 } }),
  )
  expect(far).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { location: expect.any(String) } },
  })
})

test('the same requestId twice — sequentially or at once — gives one report', async () => {
  const body = await input(wang)
  const before = await count('reports')
  const [a, b] = await Promise.all([
    wang.call<{ report: ReportSummary; duplicate: boolean }>('report.create', body),
    wang.call<{ report: ReportSummary; duplicate: boolean }>('report.create', body),
  ])
  const c = await wang.call<{ report: ReportSummary; duplicate: boolean }>('report.create', body)
  expect(new Set([a.data.report.id, b.data.report.id, c.data.report.id]).size).toBe(1)
  expect([a.data.duplicate, b.data.duplicate].sort()).toEqual([false, true])
  expect(c.data.duplicate).toBe(true)
  expect(await count('reports')).toBe(before + 1)
})

test.each([
  ['no photo where the category needs one', { photos: [] }, 'photos'],
  ['a description over 500 characters', { description: '灯'.repeat(501) }, 'description'],
  ['an unknown category', { categoryKey: 'ufo' }, 'categoryKey'],
  [
    'a building that does not exist',
    { location: { kind: 'address', buildingId: 'b-nowhere' } },
    'location',
  ],
  ['elevator to the grid worker', { categoryKey: 'elevator' }, 'categoryKey'],
])(
  'invalid input — %s — is refused with a field message and writes nothing',
  async (_name, over, field) => {
    const before = await count('reports')
    const r = await wang.call('report.create', await input(wang, over))
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { [field]: expect.any(String) } },
    })
    expect(await count('reports')).toBe(before)
  },
)

test('a photo that is not the caller’s upload is refused', async () => {
  const before = await count('reports')
  const others = await photo(li)
  const r = await wang.call('report.create', await input(wang, { photos: [others] }))
  expect(r).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { photos: '照片须由本人上传，请重新添加' } },
  })
  const ghost = (await photo(wang)).replace(/p\d+\.jpg$/, 'never-uploaded.jpg')
  expect(await wang.call('report.create', await input(wang, { photos: [ghost] }))).toMatchObject({
    ok: false,
    error: { fields: { photos: expect.any(String) } },
  })
  expect(await count('reports')).toBe(before)
})

test('get: the reporter and the handler may, another resident may not; the reporter’s phone only for staff', async () => {
  const { data } = await wang.call<{ report: ReportSummary }>('report.create', await input(wang))
  const id = data.report.id
  const mine = await wang.call<ReportDetail>('report.get', { id })
  expect(mine.data.events.map((e) => e.label)).toEqual(['提交报事'])
  expect(mine.data.reporter).toBeUndefined()
  expect(mine.data.handler.contactPhone).toMatch(/^1\d{10}$/)
  const staff = await grid1.call<ReportDetail>('report.get', { id })
  expect(staff.data.reporter).toEqual({ name: '王秀兰', phone: '13804731234' })
  expect(await li.call('report.get', { id })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN', message: '只能查看本人提交或关注的报事' },
  })
  // Staff are refused in the terms of their work, not a resident's.
  const grid2 = await signIn(system, 'demo-grid-2')
  expect(await grid2.call('report.get', { id })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN', message: '这条报事不属于您负责的网格，只能查看本网格的报事' },
  })
  expect(await li.call('report.get', { id: '../etc' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  })
})

test('nearby finds the open report at the same building; follow adds the resident once', async () => {
  const { data } = await wang.call<{ report: ReportSummary }>(
    'report.create',
    await input(wang, { categoryKey: 'garbage', description: '垃圾三天没清运' }),
  )
  const near = await li.call<{ items: ReportSummary[] }>('report.nearby', {
    categoryKey: 'garbage',
    target: 'grid',
    location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
  })
  expect(near.data.items.map((i) => i.id)).toContain(data.report.id)
  expect(near.data.items[0].mine).toBe(false)
  const elsewhere = await li.call<{ items: ReportSummary[] }>('report.nearby', {
    categoryKey: 'garbage',
    target: 'grid',
    location: { kind: 'address', buildingId: 'b-binhe-1-1' },
  })
  expect(elsewhere.data.items).toEqual([])
  const [f1, f2] = await Promise.all([
    li.call<{ followers: number }>('report.follow', { id: data.report.id }),
    li.call<{ followers: number }>('report.follow', { id: data.report.id }),
  ])
  expect([f1.data.followers, f2.data.followers]).toEqual([1, 1])
  const list = await li.call<{ items: ReportSummary[] }>('report.listMine', {})
  expect(list.data.items.find((i) => i.id === data.report.id)?.mine).toBe(false)
  const detail = await li.call<ReportDetail>('report.get', { id: data.report.id })
  expect(detail.data.events.map((e) => e.label)).toEqual(['提交报事', '也遇到了'])
  expect(await wang.call('report.follow', { id: data.report.id })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  })
})

test('listMine pages newest first and shows only the caller’s reports', async () => {
  const first = await wang.call<{ items: ReportSummary[]; hasMore: boolean }>('report.listMine', {
    page: 1,
    pageSize: 2,
  })
  expect(first.data.items).toHaveLength(2)
  expect(first.data.hasMore).toBe(true)
  const all = await wang.call<{ items: ReportSummary[] }>('report.listMine', { pageSize: 50 })
  const times = all.data.items.map((i) => i.createdAt)
  expect([...times].sort().reverse()).toEqual(times)
  expect(all.data.items.every((i) => i.mine)).toBe(true)
  expect(await wang.call('report.listMine', { pageSize: 500 })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  })
})

test('the grid worker’s inbox has the new tasks with counts; a resident has no inbox', async () => {
  const r = await grid1.call<{ items: ReportSummary[]; counts: { pending: number } }>(
    'report.inbox',
    { tab: 'pending' },
  )
  expect(r.data.items.length).toBeGreaterThan(0)
  expect(r.data.counts.pending).toBe(r.data.items.length)
  expect(r.data.items.every((i) => i.handlerName === '新华社区第一网格')).toBe(true)
  expect(await wang.call('report.inbox', {})).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
})

test('the office narrows reports by handler and by the day they came in (Beijing dates)', async () => {
  const office = await signIn(system, 'demo-office-1')
  type Page = { items: ReportSummary[]; counts: Record<string, number> }
  const bjDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)
  const today = bjDay(Date.now())
  const mine = await office.call<Page>('report.search', { filter: 'all', handlerId: 'g-xinhua-1' })
  expect(mine.data.items.length).toBeGreaterThan(0)
  expect(mine.data.items.every((i) => i.handlerName === '新华社区第一网格')).toBe(true)
  const all = await office.call<Page>('report.search', { filter: 'all' })
  expect(mine.data.counts.all).toBeLessThan(all.data.counts.all)
  const onToday = await office.call<Page>('report.search', { from: today, to: today })
  expect(onToday.data.items.every((i) => bjDay(Date.parse(i.createdAt)) === today)).toBe(true)
  expect(onToday.data.counts.all).toBeGreaterThan(0) // this file filed some today
  const tomorrow = bjDay(Date.now() + 86_400_000)
  expect((await office.call<Page>('report.search', { from: tomorrow })).data.counts.all).toBe(0)
  for (const bad of [
    { from: '2026-13-01' },
    { from: '2026-11-23', to: '2026-11-01' },
    { handlerId: '../x' },
  ])
    expect(await office.call('report.search', bad)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    })
})

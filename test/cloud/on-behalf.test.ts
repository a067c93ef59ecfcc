import type { ReportSummary } from '@shared/contracts/report'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { messagesTo } from '../support/messages'
import { fileReport, reportAs as get, reportBody, step } from '../support/reports'
import type { WxCloud } from '../support/sdk'
import { startSignedIn } from '../support/signed-in'
import type { System } from '../support/system'

/**
 * Real people, issue 14: 代报 (staff filing for a resident, with or without the mini-program),
 * the 回访 that counts in 满意率, and the no-callback rule. 代办证明 is on-behalf-certificate's,
 * a stand-in holding a grid stand-in's.
 */
let system: System
let cloud: WxCloud
let wang: GatewayUser // demo-resident-1, home 新华小区1号楼 2单元 301 (g-xinhua-1), has a phone
let li: GatewayUser // demo-resident-2, another grid
let grid1: GatewayUser // worker of g-xinhua-1
let grid2: GatewayUser // worker of g-xinhua-2
let office: GatewayUser

beforeAll(async () => {
  const openids = [
    'demo-resident-1',
    'demo-resident-2',
    'demo-grid-1',
    'demo-grid-2',
    'demo-office-1',
  ]
  ;({
    system,
    cloud,
    users: [wang, li, grid1, grid2, office],
  } = await startSignedIn(openids))
})
afterAll(() => system.stop())

let seq = 0
/** 王秀兰's building and unit: where these reports are filed. */
const AT_WANG = { location: { kind: 'address', buildingId: 'b-xinhua-1-1', unit: '2单元' } }
const body = (over: object = {}) => reportBody({ ...AT_WANG, ...over })
const file = (by: GatewayUser, over: object = {}) => fileReport(by, { ...AT_WANG, ...over })
const PERSON = { kind: 'person', name: '刘桂芳', phone: '13912345678' }
interface Stored {
  reporterOpenid: string
  reporter: { name: string; phone: string }
  proxy?: Record<string, string>
  fig: Record<string, unknown>
  callback: { outcome: string }
}
const stored = async (id: string) =>
  (await cloud.database().collection('reports').doc(id).get()).data as Stored
const messagesOf = (openid: string, refId: string) => messagesTo(cloud, openid, refId)
const count = async () => (await cloud.database().collection('reports').count()).total as number
const RESOLVE = { note: '已协调施工方', photos: [] as string[] }

async function resolveBy(u: GatewayUser, id: string) {
  const photo = await u.upload(`uploads/${u.openid}/20261201/after-${++seq}.jpg`, TINY_JPEG)
  await step(u, id, 'accept')
  return step(u, id, 'resolve', { ...RESOLVE, photos: [photo] })
}

test('代报 for a person without the mini-program: stored for them, by whom, and the worker is reminded to phone at each step', async () => {
  const id = await file(grid1, { onBehalf: PERSON })
  const r = await stored(id)
  expect(r.reporterOpenid).toBe('')
  expect(r.reporter).toEqual({ name: '刘桂芳', phone: '13912345678' })
  expect(r.proxy).toMatchObject({ openid: 'demo-grid-1', role: 'grid_worker', name: '张海燕' })
  // The handler (here the same worker: filing for someone is not reporting) sees whom and how.
  const seen = await get(grid1, id)
  expect(seen.reporter).toEqual({ name: '刘桂芳', phone: '13912345678' })
  expect(seen.proxyBy).toBe('网格员 张海燕')
  expect(seen.events[0]).toMatchObject({ by: '网格员 张海燕', forWhom: '居民 刘桂芳' })
  expect(seen.actions).toContain('accept')
  // Each step the person would have been told of reminds the grid's worker to phone them.
  const done = await resolveBy(grid1, id)
  expect(done.actions).toContain('callback')
  const titles = (await messagesOf('demo-grid-1', id)).map((m) => m.title)
  expect(titles).toEqual(
    expect.arrayContaining(['请致电居民告知：报事已受理', '请致电居民告知已办结，并记录回访结果']),
  )
  // The message names the step, never the person (it outlives the worker's time in the grid).
  for (const m of await messagesOf('demo-grid-1', id)) expect(m.body).not.toContain('1391234')
})

test('a 回访 counts in 满意率 like a rating: 满意/基本满意 yes, 不满意 no, 未接通 keeps the last answer', async () => {
  const id = await file(grid1, { onBehalf: PERSON })
  await resolveBy(grid1, id)
  expect((await stored(id)).fig).toMatchObject({ rated: 0, satisfied: 0 })
  const after = await step(grid1, id, 'callback', { outcome: 'basic', note: '居民说基本解决' })
  expect(after.callback).toMatchObject({ outcome: 'basic', label: '基本满意', by: '张海燕' })
  expect(after.events.at(-1)).toMatchObject({ action: 'callback', reason: '基本满意' })
  expect((await stored(id)).fig).toMatchObject({ rated: 1, satisfied: 1 })
  await step(office, id, 'callback', { outcome: 'unsatisfied', note: '噪音又有了' })
  expect((await stored(id)).fig).toMatchObject({ rated: 1, satisfied: 0 })
  await step(office, id, 'callback', { outcome: 'unreached', note: '' })
  expect((await stored(id)).fig).toMatchObject({ rated: 1, satisfied: 0 })
  expect((await stored(id)).callback.outcome).toBe('unreached')
  // Nobody else records one; a bad outcome is refused with the rule.
  const v = (await get(office, id)).version
  expect(
    await grid2.call('report.transition', {
      id,
      version: v,
      action: 'callback',
      outcome: 'satisfied',
    }),
  ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(
    await office.call('report.transition', { id, version: v, action: 'callback', outcome: 'ok' }),
  ).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { outcome: expect.any(String) } },
  })
})

test('代报 for a resident with an account: found by address, theirs in 我的报事, names masked by the privacy table', async () => {
  const found = await grid1.call<{ items: Array<{ openid: string; name: string; phone: string }> }>(
    'user.residentsAt',
    { buildingId: 'b-xinhua-1-1', unit: '2单元', room: '301' },
  )
  expect(found.data.items).toContainEqual(
    expect.objectContaining({ openid: 'demo-resident-1', name: '王秀兰', phone: '138****1234' }),
  )
  expect(await grid2.call('user.residentsAt', { buildingId: 'b-xinhua-1-1' })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
  const id = await file(grid1, { onBehalf: { kind: 'account', openid: 'demo-resident-1' } })
  const mine = await wang.call<{ items: ReportSummary[] }>('report.listMine', {})
  expect(mine.data.items.find((x) => x.id === id)).toMatchObject({ mine: true })
  const own = await get(wang, id)
  expect(own.proxyBy).toBe('网格员 张海燕')
  expect(own.events[0]).toMatchObject({ forWhom: '居民 王秀兰' })
  expect(own.actions).toEqual([])
  // A follower is told whom only as 居民.
  expect((await li.call('report.follow', { id })).ok).toBe(true)
  expect((await get(li, id)).events[0].forWhom).toBe('居民')
  // The resident confirms their own report, as if they had filed it.
  await resolveBy(grid1, id)
  expect((await step(wang, id, 'confirm', { rating: 5, comment: '' })).state).toBe('closed')
  // No phone reminders: they use the app.
  const titles = (await messagesOf('demo-grid-1', id)).map((m) => m.title)
  expect(titles.some((t) => t.startsWith('请致电'))).toBe(false)
})

test('only the grid worker holding the grid, or the office, may file 代报; a resident may not', async () => {
  const before = await count()
  expect(await grid2.call('report.create', body({ onBehalf: PERSON }))).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
  expect(
    await grid2.call(
      'report.create',
      body({ onBehalf: { kind: 'account', openid: 'demo-resident-1' } }),
    ),
  ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await wang.call('report.create', body({ onBehalf: PERSON }))).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
  expect(
    await grid1.call(
      'report.create',
      body({ onBehalf: { kind: 'person', name: '刘', phone: '123' } }),
    ),
  ).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { onBehalf: expect.any(String) } },
  })
  expect(await count()).toBe(before)
  // The office files for anyone in the street.
  expect((await office.call('report.create', body({ onBehalf: PERSON }))).ok).toBe(true)
})

test('no-callback rule: without a verified phone a report needs 不需要回电, and nothing is stored otherwise', async () => {
  const newcomer = await signIn(system, 'behalf-newcomer')
  const before = await count()
  const refused = await newcomer.call('report.create', body())
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { noCallback: expect.stringContaining('不需要回电') } },
  })
  expect(await count()).toBe(before)
  const id = (
    await newcomer.call<{ report: ReportSummary }>('report.create', body({ noCallback: true }))
  ).data.report.id
  expect((await get(grid1, id)).noCallback).toBe(true)
  // A resident with a verified phone needs nothing more.
  expect((await wang.call('report.create', body())).ok).toBe(true)
})

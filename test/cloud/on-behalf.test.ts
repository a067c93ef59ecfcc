import type { ApplicationDetail, ApplicationSummary } from '@shared/contracts/certificate'
import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { validIdNumber } from '../support/id-numbers'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * Real people, issue 14: 代报 (staff filing for a resident, with or without the mini-program),
 * the 回访 that counts in 满意率, the no-callback rule, and a stand-in holding a grid for its days.
 */
let system: System
let cloud: WxCloud
let wang: GatewayUser // demo-resident-1, home 新华小区1号楼 2单元 301 (g-xinhua-1), has a phone
let li: GatewayUser // demo-resident-2, another grid
let grid1: GatewayUser // worker of g-xinhua-1
let grid2: GatewayUser // worker of g-xinhua-2
let office: GatewayUser

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  ;[wang, li, grid1, grid2, office] = await Promise.all(
    ['demo-resident-1', 'demo-resident-2', 'demo-grid-1', 'demo-grid-2', 'demo-office-1'].map((o) =>
      signIn(system, o),
    ),
  )
})
afterAll(() => system.stop())

let seq = 0
const body = (over: object = {}) => ({
  target: 'grid',
  categoryKey: 'noise',
  description: `楼上装修噪音 ${++seq}`,
  photos: [],
  location: { kind: 'address', buildingId: 'b-xinhua-1-1', unit: '2单元' },
  urgency: 'normal',
  requestId: `behalf-${seq}-xxxxxxxx`,
  ...over,
})
const PERSON = { kind: 'person', name: '刘桂芳', phone: '13912345678' }

async function file(by: GatewayUser, over: object = {}): Promise<string> {
  const r = await by.call<{ report: ReportSummary }>('report.create', body(over))
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.report.id
}
async function get(u: GatewayUser, id: string): Promise<ReportDetail> {
  const r = await u.call<ReportDetail>('report.get', { id })
  if (!r.ok) throw new Error(`${u.openid} report.get: ${JSON.stringify(r.error)}`)
  return r.data
}
async function step(u: GatewayUser, id: string, action: string, extra: object = {}) {
  const { version } = await get(u, id)
  const r = await u.call<ReportDetail>('report.transition', { id, version, action, ...extra })
  if (!r.ok) throw new Error(`${u.openid} ${action}: ${JSON.stringify(r.error)}`)
  return r.data
}
interface Stored {
  reporterOpenid: string
  reporter: { name: string; phone: string }
  proxy?: Record<string, string>
  fig: Record<string, unknown>
  callback: { outcome: string }
}
const stored = async (id: string) =>
  (await cloud.database().collection('reports').doc(id).get()).data as Stored
const messagesOf = async (openid: string, refId: string) =>
  (await cloud.database().collection('messages').where({ toOpenid: openid, refId }).get())
    .data as Array<{ title: string; body: string }>
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

test('a stand-in holds the grid on the days of the leave only, decided when they act', async () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00+08:00`)
  // Beijing 2026-12-20 10:00: the stand-in's period is the 21st and the 22nd.
  await system.admin('clock', { now: day('2026-12-20') + 10 * 3600_000 })
  try {
    const set = await office.call('grid.setStandIn', {
      gridId: 'g-xinhua-1',
      openid: 'demo-grid-2',
      from: '2026-12-21',
      to: '2026-12-22',
    })
    expect(set).toMatchObject({ ok: true, data: { name: '刘强', workerName: '张海燕' } })
    // 网格管理 shows it from the ledger while it is booked or running.
    const standIns = async () =>
      (await office.call<{ standIns: unknown[] }>('grid.ledger', {})).data.standIns
    expect(await standIns()).toEqual([
      expect.objectContaining({
        gridId: 'g-xinhua-1',
        name: '刘强',
        from: '2026-12-21',
        to: '2026-12-22',
      }),
    ])
    const id = await file(wang)
    const refused = { ok: false, error: { code: 'FORBIDDEN' } }
    expect(await grid2.call('report.get', { id })).toMatchObject(refused)
    // First minute of the 21st: the grid's open tasks are the stand-in's too.
    await system.admin('clock', { now: day('2026-12-21') })
    const inbox = await grid2.call<{ items: ReportSummary[] }>('report.inbox', { tab: 'pending' })
    expect(inbox.data.items.map((x) => x.id)).toContain(id)
    expect((await step(grid2, id, 'accept')).state).toBe('accepted')
    // New tasks of the grid reach them as well as the worker.
    const fresh = await file(wang)
    expect(await messagesOf('demo-grid-2', fresh)).toHaveLength(1)
    expect(await messagesOf('demo-grid-1', fresh)).toHaveLength(1)
    // Last minute of the 22nd, then the 23rd: access returns to the worker alone.
    await system.admin('clock', { now: day('2026-12-23') - 60_000 })
    expect((await grid2.call('report.get', { id })).ok).toBe(true)
    await system.admin('clock', { now: day('2026-12-23') })
    expect(await grid2.call('report.get', { id })).toMatchObject(refused)
    expect((await grid1.call('report.get', { id })).ok).toBe(true)
    const later = await file(wang)
    expect(await messagesOf('demo-grid-2', later)).toHaveLength(0)
    // Ended early by the office: gone at once.
    await office.call('grid.setStandIn', {
      gridId: 'g-xinhua-1',
      openid: 'demo-grid-2',
      from: '2026-12-23',
      to: '2026-12-24',
    })
    expect((await grid2.call('report.get', { id })).ok).toBe(true)
    expect(await office.call('grid.clearStandIn', { gridId: 'g-xinhua-1' })).toMatchObject({
      ok: true,
      data: { cleared: 1 },
    })
    expect(await standIns()).toEqual([])
    expect(await grid2.call('report.get', { id })).toMatchObject(refused)
    // The worker themselves cannot stand in for their own grid; a past period is refused.
    expect(
      await office.call('grid.setStandIn', {
        gridId: 'g-xinhua-1',
        openid: 'demo-grid-1',
        from: '2026-12-23',
        to: '2026-12-24',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(
      await office.call('grid.setStandIn', {
        gridId: 'g-xinhua-1',
        openid: 'demo-grid-2',
        from: '2026-12-01',
        to: '2026-12-02',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { to: '结束日期已过' } } })
  } finally {
    await system.admin('clock', { now: null })
  }
})

async function residence(by: GatewayUser, name: string, address: object) {
  const n = ++seq
  const idCard = await by.upload(`uploads/${by.openid}/20261201/id-${n}.jpg`, TINY_JPEG)
  const housing = await by.upload(`uploads/${by.openid}/20261201/house-${n}.jpg`, TINY_JPEG)
  return {
    name,
    idNumber: validIdNumber(String(200 + n)),
    phone: '13912345678',
    address,
    purpose: 'school',
    attachments: [
      { kind: 'idCard', fileID: idCard },
      { kind: 'housing', fileID: housing },
    ],
    requestId: `behalf-cert-${n}-${Date.now()}`,
  }
}
const WANG_HOME = {
  communityId: 'c-xinhua',
  buildingId: 'b-xinhua-1-1',
  unit: '2单元',
  room: '301',
}

test('代办证明: the application is the resident’s, shows who applied for them, and follows the same rules', async () => {
  const r = await grid1.call<{ application: ApplicationSummary }>('certificate.apply', {
    typeKey: 'residence',
    input: await residence(grid1, '王秀兰', WANG_HOME),
    onBehalf: { kind: 'account', openid: 'demo-resident-1' },
  })
  expect(r.ok).toBe(true)
  const id = r.data.application.id
  const mine = await wang.call<{ items: ApplicationSummary[] }>('certificate.listMine', {})
  expect(mine.data.items.map((a) => a.id)).toContain(id)
  const own = (await wang.call<ApplicationDetail>('certificate.get', { id })).data
  expect(own.events[0]).toMatchObject({ action: 'apply', note: '网格员 张海燕 代居民办理' })
  // The resident's home is the one checked: another address is refused.
  const elsewhere = { ...WANG_HOME, room: '302' }
  expect(
    await grid1.call('certificate.apply', {
      typeKey: 'residence',
      input: await residence(grid1, '王秀兰', elsewhere),
      onBehalf: { kind: 'account', openid: 'demo-resident-1' },
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { address: expect.any(String) } },
  })
  // Another grid's worker may not; a person without an account is applied for at the form's address.
  const person = { kind: 'person', name: '刘桂芳', phone: '13912345678' }
  const other = await grid2.call('certificate.apply', {
    typeKey: 'residence',
    input: await residence(grid2, '刘桂芳', { ...WANG_HOME, room: '401' }),
    onBehalf: person,
  })
  expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  const p = await grid1.call<{ application: ApplicationSummary }>('certificate.apply', {
    typeKey: 'residence',
    input: await residence(grid1, '刘桂芳', { ...WANG_HOME, room: '401' }),
    onBehalf: person,
  })
  expect(p.ok).toBe(true)
  // The office's decision reaches the worker as a reminder to phone the person.
  const { version } = (
    await office.call<ApplicationDetail>('certificate.get', { id: p.data.application.id })
  ).data
  expect(
    (
      await office.call('certificate.requestMaterial', {
        id: p.data.application.id,
        version,
        note: '请补充户口本',
      })
    ).ok,
  ).toBe(true)
  const told = await messagesOf('demo-grid-1', p.data.application.id)
  expect(told.map((m) => m.title)).toContainEqual(
    expect.stringMatching(/^请致电居民告知：居住证明/),
  )
})

test('the worker who filed 代办 opens it afterwards, as its handler, while they hold the grid', async () => {
  const r = await grid1.call<{ application: ApplicationSummary }>('certificate.apply', {
    typeKey: 'residence',
    input: await residence(grid1, '王秀兰', WANG_HOME),
    onBehalf: { kind: 'account', openid: 'demo-resident-1' },
  })
  const id = r.data.application.id
  const seen = await grid1.call<ApplicationDetail>('certificate.get', { id })
  expect(seen.ok).toBe(true)
  // The name and phone to call the resident back; never the ID number (the office's alone).
  expect(seen.data).toMatchObject({ phone: '13912345678', form: { name: '王秀兰' } })
  expect(seen.data.idNumber).toBe('')
  const files = seen.data.attachments.map((f) => f.fileID)
  const urls = await grid1.call<{ urls: Record<string, string> }>('user.fileUrls', {
    fileIDs: files,
  })
  expect(Object.keys(urls.data.urls).sort()).toEqual([...files].sort())
  // Another grid's worker may not open it.
  expect(await grid2.call('certificate.get', { id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
  // Once the office retires them from the grid, neither may the filer (decided when they look).
  expect((await office.call('grid.retireWorker', { id: 'g-xinhua-1' })).ok).toBe(true)
  expect(await grid1.call('certificate.get', { id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
  const after = await grid1.call<{ urls: Record<string, string> }>('user.fileUrls', {
    fileIDs: files,
  })
  expect(after.data?.urls ?? {}).toEqual({})
})

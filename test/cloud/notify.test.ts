import type { ReportDetail } from '@shared/contracts/report'
import { TINY_JPEG, type GatewayUser } from '../support/gateway'
import { fileReport } from '../support/reports'
import type { WxCloud } from '../support/sdk'
import { startSignedIn } from '../support/signed-in'
import type { System } from '../support/system'
import { killWorkers, workersOf } from '../support/workers'

let system: System
let cloud: WxCloud
let wang: GatewayUser
let grid1: GatewayUser
let office: GatewayUser
const MIN = 60_000
const DAY = 24 * 60 * MIN
// 2026-11-23 07:00 Beijing: before the office digest is due.
const T0 = Date.UTC(2026, 10, 22, 23, 0, 0)

beforeAll(async () => {
  const atT0 = async (s: System) => {
    await s.admin('clock', { now: T0 })
    await s.admin('tick')
  }
  const openids = ['demo-resident-1', 'demo-grid-1', 'demo-office-1']
  ;({
    system,
    cloud,
    users: [wang, grid1, office],
  } = await startSignedIn(openids, atT0))
}, 60_000)
afterAll(() => system.stop())

const db = () => cloud.database()
const at = (ms: number) =>
  system.admin('clock', { now: ms }).then(() => system.admin<{ fired: unknown[] }>('tick'))
const count = async (coll: string, where: object) =>
  (await db().collection(coll).where(where).count()).total
/** Polls until `f` holds: delivery beyond the inline few is the timer's. */
async function until(f: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await f())) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 100))
  }
}

let seq = 0
const report = () =>
  fileReport(wang, {
    // Longer than the 20 characters of the template's thing1, which carries it.
    description: `夜间噪音 ${++seq}，楼上一直在拖动家具，影响休息已经很久了`,
    location: { kind: 'address', buildingId: 'b-xinhua-1-2' },
    // The no-callback rule: a caller without a verified phone says 不需要回电.
    noCallback: true,
  })
async function act(u: GatewayUser, id: string, action: string, extra: object = {}) {
  const { data } = await u.call<ReportDetail>('report.get', { id })
  const r = await u.call<ReportDetail>('report.transition', {
    id,
    version: data.version,
    action,
    ...extra,
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r
}
const resolve = async (id: string) =>
  act(grid1, id, 'resolve', {
    note: '已协调，晚上不再施工',
    photos: [await grid1.upload(`uploads/demo-grid-1/20261123/n${++seq}.jpg`, TINY_JPEG)],
  })
/** A grant the user gave: on WeChat's side (the emulator) and as the app records it. */
async function grant(u: GatewayUser, templateId: string, n: number) {
  for (let i = 0; i < n; i++) {
    await system.admin('grant', { openid: u.openid, templateId })
    await u.call('user.recordGrants', { answers: { [templateId]: 'accept' } })
  }
}
const remaining = async (u: GatewayUser, template: string) =>
  (
    await u.call<{ grants: Array<{ template: string; remaining: number; askAgain: boolean }> }>(
      'user.grants',
      {},
    )
  ).data.grants.find((g) => g.template === template)!

test('staff banked grants: each new task spends one, then notices go in-app only', async () => {
  await grant(grid1, 'TPL_NEW_TASK', 2)
  expect(await remaining(grid1, 'newTask')).toMatchObject({ remaining: 2, askAgain: true })
  const pushes = () =>
    count('subscribe_messages', { toOpenid: 'demo-grid-1', templateId: 'TPL_NEW_TASK' })
  const before = await pushes()
  const ids = [await report(), await report(), await report()]
  expect(await pushes()).toBe(before + 2)
  expect((await remaining(grid1, 'newTask')).remaining).toBe(0)
  for (const id of ids)
    expect(await count('messages', { toOpenid: 'demo-grid-1', refId: id })).toBe(1)
  // Every field WeChat received fits its template (the emulator refuses anything else: 47003).
  const sent = (
    await db().collection('subscribe_messages').where({ toOpenid: 'demo-grid-1' }).get()
  ).data as Array<{ data: Record<string, { value: string }> }>
  expect([...sent[0].data.thing1.value].length).toBeLessThanOrEqual(20)
})

test('the resident’s 办结 arrives as a subscribe message while a grant remains, in-app only otherwise', async () => {
  const resolvedPushes = () =>
    db()
      .collection('subscribe_messages')
      .where({ toOpenid: 'demo-resident-1', templateId: 'TPL_REPORT_STATUS' })
      .get()
      .then(
        (r: { data: unknown }) =>
          (r.data as Array<{ data: { phrase2: { value: string } } }>).filter(
            (m) => m.data.phrase2.value === '已办结',
          ).length,
      )
  // Two grants: 受理 spends one, 办结 the other.
  await grant(wang, 'TPL_REPORT_STATUS', 2)
  const a = await report()
  await act(grid1, a, 'accept')
  await resolve(a)
  expect(await resolvedPushes()).toBe(1)
  expect(await count('messages', { toOpenid: 'demo-resident-1', refId: a })).toBe(2)
  // One grant: 受理 spends it; 办结 is told in-app only.
  await grant(wang, 'TPL_REPORT_STATUS', 1)
  const b = await report()
  await act(grid1, b, 'accept')
  await resolve(b)
  expect(await resolvedPushes()).toBe(1)
  expect(await count('messages', { toOpenid: 'demo-resident-1', refId: b })).toBe(2)
  expect((await remaining(wang, 'reportStatus')).remaining).toBe(0)
})

test('the submit prompt’s two grants (状态 and 办结): 受理 spends the first, 办结 goes with the second', async () => {
  const sent = async (templateId: string) =>
    count('subscribe_messages', { toOpenid: 'demo-resident-1', templateId })
  const [status0, done0] = [await sent('TPL_REPORT_STATUS'), await sent('TPL_REPORT_DONE')]
  // One accept of each, as one tap on 提交 gives.
  await system.admin('grant', { openid: wang.openid, templateId: 'TPL_REPORT_STATUS' })
  await system.admin('grant', { openid: wang.openid, templateId: 'TPL_REPORT_DONE' })
  await wang.call('user.recordGrants', {
    answers: { TPL_REPORT_STATUS: 'accept', TPL_REPORT_DONE: 'accept' },
  })
  const id = await report()
  await act(grid1, id, 'accept')
  expect(await sent('TPL_REPORT_STATUS')).toBe(status0 + 1)
  await resolve(id)
  expect(await sent('TPL_REPORT_DONE')).toBe(done0 + 1)
  expect(await sent('TPL_REPORT_STATUS')).toBe(status0 + 1)
  expect((await remaining(wang, 'reportDone')).remaining).toBe(0)
})

test('500 followers, the timer’s worker killed mid-fan-out: each follower gets exactly one notice', async () => {
  const id = await report()
  await act(grid1, id, 'accept')
  const followers = Array.from({ length: 500 }, (_, i) => `follower-${String(i).padStart(3, '0')}`)
  await db().collection('reports').doc(id).update({ data: { followers } })
  const started = Date.now()
  await resolve(id)
  expect(Date.now() - started).toBeLessThan(3000) // answered without waiting for 500 deliveries
  const stored = () =>
    count('messages', { refId: id, toOpenid: db().command.neq('demo-resident-1') })
  expect(await stored()).toBeLessThan(500) // the rest wait for the timer
  // The timer round delivers the rest; kill its worker once it is under way.
  const round = at(T0 + 5 * MIN).catch(() => null)
  await until(async () => (await stored()) >= 100)
  const sla = workersOf(system, 'sla')
  expect(sla.length).toBeGreaterThan(0)
  killWorkers(sla)
  await round
  expect(await stored()).toBeLessThan(500)
  // The next round picks up where it stopped.
  await at(T0 + 6 * MIN)
  await until(async () => (await stored()) >= 500)
  const { data } = await db()
    .collection('messages')
    .where({ refId: id, toOpenid: db().command.in(followers) })
    .limit(1000)
    .get()
  const per = new Map<string, number>()
  for (const m of data as Array<{ toOpenid: string }>)
    per.set(m.toOpenid, (per.get(m.toOpenid) ?? 0) + 1)
  expect(per.size).toBe(500)
  expect([...per.values()].every((n) => n === 1)).toBe(true)
  expect(await count('outbox', { done: false })).toBe(0)
}, 180_000)

test('the office gets one digest a day at 08:30 Beijing time with 待受理 / 已超时 / 待审核', async () => {
  const digests = () => count('messages', { toOpenid: 'demo-office-1', kind: 'digest' })
  expect(await digests()).toBe(0)
  await at(T0 + 89 * MIN) // 08:29
  expect(await digests()).toBe(0)
  await at(T0 + 91 * MIN) // 08:31
  expect(await digests()).toBe(1)
  const mine = await office.call<{ items: Array<{ title: string }> }>('user.messages', {})
  const toAccept = await count('reports', { state: 'submitted' })
  expect(mine.data.items[0].title).toContain(`待受理 ${toAccept}`)
  expect(mine.data.items[0].title).toMatch(/已超时 \d+ · 待审核 \d+/)
  await at(T0 + 120 * MIN)
  expect(await digests()).toBe(1) // once a day
  await at(T0 + DAY + 91 * MIN)
  expect(await digests()).toBe(2)
})

import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'
import { anonToken } from '../support/http-api'

let system: System
let cloud: WxCloud
let wang: GatewayUser
let grid1: GatewayUser
const MIN = 60_000
// 2026-11-23 09:00:00 Beijing; the sla trigger runs every 5 minutes on the minute.
const T0 = Date.UTC(2026, 10, 23, 1, 0, 0)

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  await system.admin('clock', { now: T0 })
  await system.admin('tick') // the timers start counting from T0
  ;[wang, grid1] = await Promise.all([
    signIn(system, 'demo-resident-1'),
    signIn(system, 'demo-grid-1'),
  ])
})
afterAll(() => system.stop())

let seq = 0
async function report(urgency: 'normal' | 'urgent'): Promise<string> {
  const r = await wang.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'noise',
    description: `夜间噪音 ${++seq}`,
    photos: [],
    location: { kind: 'address', buildingId: 'b-xinhua-1-2' },
    urgency,
    requestId: `sla-${seq}-xxxxxxxx`,
    // The no-callback rule: a caller without a verified phone says 不需要回电.
    noCallback: true,
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.report.id
}
const doc = async (id: string) => (await cloud.database().collection('reports').doc(id).get()).data
const at = async (ms: number) => {
  await system.admin('clock', { now: ms })
  return system.admin<{ fired: Array<{ name: string; ok: boolean }> }>('tick')
}
const officeMessages = async (id: string) =>
  (
    await cloud
      .database()
      .collection('messages')
      .where({ toOpenid: 'demo-office-1', refId: id })
      .count()
  ).total

test('urgent and not accepted: reminder at 80% of 30 min, escalation at 100% — each exactly once', async () => {
  const urgent = await report('urgent') // accept within 30 min
  const normal = await report('normal') // accept within 2 h
  const fired = await at(T0 + 25 * MIN) // 83% of the urgent limit
  expect(fired.fired).toEqual([expect.objectContaining({ name: 'sla', ok: true })])
  expect((await doc(urgent)).reminded).toEqual({ accept: true })
  expect((await doc(normal)).reminded).toBeUndefined()
  await at(T0 + 30 * MIN) // the trigger at 09:30 is due again
  const escalated = await doc(urgent)
  expect(escalated).toMatchObject({ state: 'escalated', overdue: true })
  expect(escalated.events.map((e: { action: string }) => e.action)).toEqual([
    'create',
    'remind',
    'overdue',
    'escalate',
  ])
  expect(await officeMessages(urgent)).toBe(1)
  // The grid worker sees it under 已超时, the normal one still counting down under 待受理.
  const late = await grid1.call<{ items: ReportSummary[]; counts: Record<string, number> }>(
    'report.inbox',
    { tab: 'overdue' },
  )
  expect(late.data.items.map((i) => i.id)).toEqual([urgent])
  expect(late.data.items[0].overdue).toBe(true)
  const waiting = await grid1.call<{ items: ReportSummary[] }>('report.inbox', { tab: 'pending' })
  const n = waiting.data.items.find((i) => i.id === normal)
  expect(n).toMatchObject({ overdue: false, deadline: new Date(T0 + 120 * MIN).toISOString() })
  // The office's console items carry the same clock: the time left, or overdue.
  const office = await signIn(system, 'demo-office-1')
  const all = await office.call<{ items: ReportSummary[] }>('report.search', { filter: 'all' })
  expect(all.data.items.find((i) => i.id === normal)).toMatchObject({
    overdue: false,
    deadline: new Date(T0 + 120 * MIN).toISOString(),
  })
  expect(all.data.items.find((i) => i.id === urgent)).toMatchObject({ overdue: true })
  await at(T0 + 35 * MIN)
  await at(T0 + 40 * MIN)
  expect((await doc(urgent)).version).toBe(escalated.version) // not escalated twice
  expect(await officeMessages(urgent)).toBe(1)
  expect((await doc(normal)).state).toBe('submitted')
  // The reminder was the worker's; the resident hears only of the escalation, as its true state.
  const told = async (openid: string) =>
    (await cloud.database().collection('messages').where({ toOpenid: openid, refId: urgent }).get())
      .data as Array<{ title: string; body: string }>
  expect((await told('demo-resident-1')).map((m) => m.title)).toEqual(['已吹哨，街道督办中'])
  expect((await told('demo-grid-1')).map((m) => m.title)).toEqual([
    '【紧急】新报事，请及时受理',
    '【紧急】限时提醒',
    '【紧急】超时未办，已自动上报街道',
  ])
})

test('an accepted report is not escalated for acceptance; its resolve clock runs from acceptance', async () => {
  await at(T0 + 60 * MIN)
  const id = await report('normal')
  const { data } = await grid1.call<ReportDetail>('report.get', { id })
  expect(
    (await grid1.call('report.transition', { id, version: data.version, action: 'accept' })).ok,
  ).toBe(true)
  await at(T0 + 60 * MIN + 3 * 60 * MIN) // past the 2 h accept limit, well within 24 h to resolve
  expect((await doc(id)).state).toBe('accepted')
})

test('resolved and unanswered for 3 days: closed by itself, recorded as a 回访 with no reply', async () => {
  await at(T0 + 5 * 60 * MIN)
  const id = await report('normal')
  let { data } = await grid1.call<ReportDetail>('report.get', { id })
  await grid1.call('report.transition', { id, version: data.version, action: 'accept' })
  data = (await grid1.call<ReportDetail>('report.get', { id })).data
  const photo = await grid1.upload(`uploads/demo-grid-1/20261123/sla-${id}.jpg`, TINY_JPEG)
  expect(
    (
      await grid1.call('report.transition', {
        id,
        version: data.version,
        action: 'resolve',
        note: '已处理',
        photos: [photo],
      })
    ).ok,
  ).toBe(true)
  await at(T0 + 5 * 60 * MIN + 2 * 24 * 60 * MIN)
  expect((await doc(id)).state).toBe('resolved')
  await at(T0 + 5 * 60 * MIN + 3 * 24 * 60 * MIN + 5 * MIN)
  const closed = await doc(id)
  expect(closed.state).toBe('closed')
  expect(closed.rating).toBeUndefined()
  expect(closed.events.at(-1)).toMatchObject({
    action: 'autoClose',
    byRole: 'system',
    note: expect.stringContaining('无回复'),
  })
  const mine = await wang.call<ReportDetail>('report.get', { id })
  expect(mine.data.statusTag).toBe('已办结') // closed without a rating
})

test('a push that fails while WeChat is busy never fails the action, and the timer resends it once', async () => {
  const start = T0 + 10 * 24 * 60 * MIN
  await at(start)
  // 王 allowed one 报事进度 message, on WeChat's side and as the app recorded it.
  await system.admin('grant', { openid: 'demo-resident-1', templateId: 'TPL_REPORT_STATUS' })
  await wang.call('user.recordGrants', { answers: { TPL_REPORT_STATUS: 'accept' } })
  const id = await report('normal')
  const { data } = await grid1.call<ReportDetail>('report.get', { id })
  await system.admin('wx-outage', { sends: 1 })
  const accepted = await grid1.call('report.transition', {
    id,
    version: data.version,
    action: 'accept',
  })
  expect(accepted.ok).toBe(true)
  const db = cloud.database()
  const sent = () =>
    db.collection('subscribe_messages').where({ toOpenid: 'demo-resident-1' }).count()
  const before = (await sent()).total
  const queued = (await db.collection('push_retry').where({ touser: 'demo-resident-1' }).get()).data
  expect(queued).toEqual([
    expect.objectContaining({ templateId: 'TPL_REPORT_STATUS', attempts: 1 }),
  ])
  await at(start + 5 * MIN) // the next round: WeChat is back
  expect((await sent()).total).toBe(before + 1)
  expect(
    (await db.collection('push_retry').where({ touser: 'demo-resident-1' }).count()).total,
  ).toBe(0)
  await at(start + 10 * MIN)
  expect((await sent()).total).toBe(before + 1) // not twice
})

test('a Timer-shaped event from a client or the invoke hook is refused and sweeps nothing; the platform’s tick does', async () => {
  const start = T0 + 20 * 24 * 60 * MIN
  await at(start)
  const urgent = await report('urgent')
  // 25 min later the sweep would remind (83% of 30 min); the clock moves but no trigger runs.
  await system.admin('clock', { now: start + 25 * MIN })
  const timerEvent = {
    Type: 'Timer',
    TriggerName: 'sweep-every-5-min',
    Time: new Date(start + 25 * MIN).toISOString(),
    Message: '',
  }
  const post = (auth: Record<string, string>) =>
    fetch(`${system.url}/v1/functions/sla`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify(timerEvent),
    }).then((r) => r.json())
  const refused = { ok: false, error: { code: 'FORBIDDEN', message: '定时任务只能由平台触发' } }
  expect(await post({ authorization: `Bearer ${wang.token}` })).toEqual(refused) // signed in
  expect(await post({ authorization: `Bearer ${await anonToken(system)}` })).toEqual(refused) // anonymous
  expect(await system.invoke('sla', timerEvent)).toEqual(refused) // no user, but not the platform
  expect((await doc(urgent)).reminded).toBeUndefined()
  expect((await doc(urgent)).events).toHaveLength(1)
  const { fired } = await system.admin<{ fired: Array<{ name: string; ok: boolean }> }>('tick')
  expect(fired).toEqual([expect.objectContaining({ name: 'sla', ok: true })])
  expect((await doc(urgent)).reminded).toEqual({ accept: true })
})

test('the inbox lists least time left first by default, newest first on request', async () => {
  await at(T0 + 4 * 24 * 60 * MIN)
  const first = await report('normal') // accept within 2 h: due first
  await at(T0 + 4 * 24 * 60 * MIN + 10 * MIN)
  const later = await report('normal')
  const order = async (sort?: string) => {
    const r = await grid1.call<{ items: ReportSummary[] }>('report.inbox', { tab: 'pending', sort })
    const ids = r.data.items.map((i) => i.id)
    return [ids.indexOf(first), ids.indexOf(later)]
  }
  const [a, b] = await order()
  expect(a).toBeGreaterThanOrEqual(0)
  expect(a).toBeLessThan(b)
  const [c, d] = await order('newest')
  expect(d).toBeLessThan(c)
  expect(await grid1.call('report.inbox', { sort: 'oldest' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  })
})

import { signIn } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * What grows forever is deleted by the sla timer once its retention period is over
 * (src/server/retention.ts), a bounded batch per rule a round; what is still within its period,
 * or not finished with (unread, not given up), stays. The emulator's clock stands in for time.
 */
let system: System
let cloud: WxCloud
const DAY = 86_400_000
const T0 = Date.now()
const LATER = T0 + 8 * DAY // past an export's 7 days
const ago = (ms: number) => new Date(LATER - ms)

beforeAll(async () => {
  system = await startSystem()
  await system.admin('clock', { now: T0 }) // frozen: nothing fires until we tick
  cloud = sdkFor(system)
}, 120_000)
afterAll(() => system.stop())

async function add(coll: string, docs: object[]) {
  const c = cloud.database().collection(coll)
  for (let i = 0; i < docs.length; i += 50)
    await Promise.all(docs.slice(i, i + 50).map((data) => c.add({ data })))
}
const ids = async (coll: string, prefix: string) => {
  const { data } = await cloud.database().collection(coll).limit(1000).get()
  return (data as Array<{ _id: string }>)
    .map((d) => d._id)
    .filter((id) => id.startsWith(prefix))
    .sort()
}
let minute = 0
const round = async () => {
  await system.admin('clock', { now: LATER + minute++ * 60_000 })
  const t = await system.admin<{ fired: Array<{ name: string; ok: boolean }> }>('tick')
  expect(t.fired.filter((f) => f.name === 'sla').map((f) => f.ok)).toEqual([true])
}

test('expired counters, given-up pushes, delivered notices, exports and read messages go; the rest stays', async () => {
  const office = await signIn(system, 'demo-office-1')
  const exp = await office.call<{ fileID: string; url: string }>('grid.exportLedger', {})
  expect(exp.ok).toBe(true)
  expect((await fetch(exp.data.url)).status).toBe(200)
  await add('rate_limits', [
    // More than one round's batch of 100: the rest go next round.
    ...Array.from({ length: 120 }, (_, i) => ({ _id: `rl-old-${i}`, n: 1, at: ago(3 * DAY) })),
    { _id: 'rl-new', n: 1, at: ago(3_600_000) },
  ])
  await add('push_retry', [
    { _id: 'pr-old', attempts: 5, gaveUp: true, createdAt: ago(40 * DAY) },
    { _id: 'pr-new', attempts: 5, gaveUp: true, createdAt: ago(5 * DAY) },
  ])
  await add('outbox', [
    { _id: 'ob-old', notices: [], next: 0, done: true, createdAt: ago(40 * DAY) },
    { _id: 'ob-new', notices: [], next: 0, done: true, createdAt: ago(5 * DAY) },
  ])
  const msg = { toOpenid: 'demo-resident-1', title: '旧消息', body: '', refId: 'r-demo-1' }
  await add('messages', [
    { ...msg, _id: 'm-old-read', read: true, createdAt: ago(200 * DAY) },
    { ...msg, _id: 'm-old-unread', read: false, createdAt: ago(200 * DAY) },
    { ...msg, _id: 'm-new-read', read: true, createdAt: ago(10 * DAY) },
  ])

  await round()
  expect((await ids('rate_limits', 'rl-')).length).toBe(21) // 20 old left, and the new one
  expect(await ids('push_retry', 'pr-')).toEqual(['pr-new'])
  expect(await ids('outbox', 'ob-')).toEqual(['ob-new'])
  expect(await ids('messages', 'm-')).toEqual(['m-new-read', 'm-old-unread'])
  const { data: records } = await cloud.database().collection('exports').limit(100).get()
  expect(records).toEqual([]) // the ledger export, 8 days old
  expect((await fetch(exp.data.url)).status).toBe(404) // and its file

  await round()
  expect(await ids('rate_limits', 'rl-')).toEqual(['rl-new'])
}, 120_000)

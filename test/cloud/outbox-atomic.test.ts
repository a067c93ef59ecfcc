import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * A report step and its notices are one write: a function instance that dies between the
 * report's update and its outbox row (the emulator's `crash-on` hook) leaves neither, and one
 * that dies after the commit leaves both, delivered by the timer. A lost race writes no notices.
 */

let system: System
let cloud: WxCloud
let wang: GatewayUser
let grid1: GatewayUser
const MIN = 60_000
const T0 = Date.UTC(2026, 10, 22, 23, 0, 0)

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  await system.admin('clock', { now: T0 })
  ;[wang, grid1] = await Promise.all(
    ['demo-resident-1', 'demo-grid-1'].map((o) => signIn(system, o)),
  )
}, 60_000)
afterAll(() => system.stop())

const db = () => cloud.database()
const count = async (coll: string, where: object) =>
  (await db().collection(coll).where(where).count()).total
async function until(f: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await f())) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 100))
  }
}
/** The outbox rows of one report's events (`_id` `<reportId>-v<version>-<action>-…`). */
async function outboxOf(id: string): Promise<string[]> {
  const { data } = await db().collection('outbox').limit(1000).get()
  return (data as Array<{ _id: string }>).map((d) => d._id).filter((k) => k.startsWith(`${id}-`))
}
const version = async (id: string) =>
  ((await db().collection('reports').doc(id).get()).data as { version: number }).version

let seq = 0
async function accepted(): Promise<string> {
  const r = await wang.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'noise',
    description: `夜间噪音 ${++seq}，楼上一直在拖动家具，影响休息已经很久了`,
    photos: [],
    location: { kind: 'address', buildingId: 'b-xinhua-1-2' },
    urgency: 'normal',
    requestId: `atomic-${seq}-xxxxxxxx`,
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  const id = r.data.report.id
  const a = await grid1.call('report.transition', { id, version: 1, action: 'accept' })
  if (!a.ok) throw new Error(JSON.stringify(a.error))
  return id
}
async function resolve(id: string) {
  return grid1.call<ReportDetail>('report.transition', {
    id,
    version: await version(id),
    action: 'resolve',
    note: '已协调，晚上不再施工',
    photos: [await grid1.upload(`uploads/demo-grid-1/20261123/a${++seq}.jpg`, TINY_JPEG)],
  })
}
const toldResolved = (id: string) =>
  count('messages', {
    toOpenid: 'demo-resident-1',
    refId: id,
    title: '您的报事已办结，请确认并评价',
  })

test('an instance killed at the outbox write: the step did not happen either, and a retry tells', async () => {
  const id = await accepted()
  const v = await version(id)
  const rows = (await outboxOf(id)).length
  await system.admin('crash-on', { action: 'database.modifyDocument', collection: 'outbox' })
  const r = await resolve(id)
  expect(r.ok).not.toBe(true) // the instance died: the caller hears of a failure…
  // …and it is true: the update died with its transaction (it aborts when CloudBase times it
  // out; a write waits for that). The old order had stored 已办结 with no notice to send.
  await db()
    .collection('outbox')
    .where({ _id: 'none' })
    .update({ data: { x: 1 } })
  expect(await version(id)).toBe(v)
  expect(await outboxOf(id)).toHaveLength(rows)
  // The retry goes through, and the resident hears of it.
  const again = await resolve(id)
  expect(again.ok).toBe(true)
  expect(await version(id)).toBe(v + 1)
  await until(async () => (await toldResolved(id)) === 1)
}, 120_000)

test('an instance killed after the commit: the timer delivers from the outbox, once', async () => {
  const id = await accepted()
  await system.admin('crash-on', { action: 'database.insertDocument', collection: 'messages' })
  const v = await version(id)
  expect((await resolve(id)).ok).not.toBe(true)
  expect(await version(id)).toBe(v + 1) // committed with its outbox row before the crash
  expect(await toldResolved(id)).toBe(0)
  await system.admin('clock', { now: T0 + 5 * MIN })
  await system.admin('tick')
  await until(async () => (await toldResolved(id)) === 1)
  await system.admin('clock', { now: T0 + 6 * MIN })
  await system.admin('tick')
  expect(await toldResolved(id)).toBe(1)
}, 120_000)

test('of two racing steps only the winner writes notices', async () => {
  const id = await accepted()
  const v = await version(id)
  const before = await outboxOf(id)
  const both = await Promise.all([resolve(id), resolve(id)])
  expect(both.filter((r) => r.ok)).toHaveLength(1)
  expect(both.find((r) => !r.ok)?.error?.code).toBe('CONFLICT')
  const fresh = (await outboxOf(id)).filter((k) => !before.includes(k))
  expect(fresh).toHaveLength(1)
  expect(fresh[0].startsWith(`${id}-v${v + 1}-resolve-`)).toBe(true)
  await until(async () => (await toldResolved(id)) === 1)
}, 120_000)

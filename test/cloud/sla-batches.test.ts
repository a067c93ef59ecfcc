import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * The sla timer's sweep reads the clocked reports in bounded pages from a cursor: with more
 * overdue reports than one round reads, a round escalates only its share, and the next rounds
 * carry on from where it stopped until every one is escalated — each exactly once.
 */
let system: System
let cloud: WxCloud
const DUE = 230 // more than a round's two pages of 100
const H = 3_600_000
const T0 = Date.now()

beforeAll(async () => {
  system = await startSystem()
  await system.admin('clock', { now: T0 }) // frozen: nothing fires until we tick
  cloud = sdkFor(system)
  const reports = cloud.database().collection('reports')
  const { data: base } = await reports.doc('r-demo-1').get()
  delete base._id
  delete base.fig // counted whole by its escalation (rollup-rebuild.ts)
  const docs = Array.from({ length: DUE }, (_, i) => ({
    ...base,
    _id: `due-${String(i).padStart(3, '0')}`,
    no: `BS-DUE-${i}`,
    requestKey: `due:${i}`,
    state: 'submitted',
    overdue: false,
    reminded: {},
    clockStart: new Date(T0 - 3 * H),
    createdAt: new Date(T0 - 3 * H),
    deadlines: { acceptBy: new Date(T0 - H), resolveBy: new Date(T0 + 40 * H) },
  }))
  for (let i = 0; i < docs.length; i += 50)
    await Promise.all(docs.slice(i, i + 50).map((data) => reports.add({ data })))
}, 120_000)
afterAll(() => system.stop())

const escalated = async () =>
  (
    await cloud
      .database()
      .collection('reports')
      .where({ overdue: true, state: 'escalated' })
      .count()
  ).total
const planted = async () => {
  const { data } = await cloud
    .database()
    .collection('reports')
    .where({ state: 'escalated' })
    .limit(1000)
    .get()
  return (data as Array<{ _id: string; events: Array<{ action: string }> }>).filter((r) =>
    r._id.startsWith('due-'),
  )
}
let minute = 0
const round = async () => {
  minute += 1
  await system.admin('clock', { now: T0 + minute * 60_000 })
  const t = await system.admin<{ fired: Array<{ name: string; ok: boolean }> }>('tick')
  expect(t.fired.filter((f) => f.name === 'sla').map((f) => f.ok)).toEqual([true])
}

test('more due reports than a round reads: escalated over several rounds, each once', async () => {
  await round()
  const first = await escalated()
  expect(first).toBeGreaterThan(0)
  // One round: at most two pages of 100 clocked reports, fewer once its 12 s are spent.
  expect(first).toBeLessThanOrEqual(200)
  const cursor = await cloud.database().collection('settings').doc('walk:slaClocked').get()
  expect(cursor.data.after).not.toBe('') // the pass continues next round
  for (let n = 0; n < 12 && (await planted()).length < DUE; n++) await round()
  const all = await planted()
  expect(all).toHaveLength(DUE)
  // Each exactly once: one escalation event per report, however many rounds passed over it.
  for (const r of all) expect(r.events.filter((e) => e.action === 'escalate')).toHaveLength(1)
}, 240_000)

import type { ReportSummary } from '@shared/contracts/report'
import { signIn, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * Reports stored before `terms` existed get them from the sla timer, a bounded batch a round,
 * with the emulator in strict-index mode (150 stored reports: large enough for it to apply).
 */
let system: System
let cloud: WxCloud
let office: GatewayUser
const STORED = 150
type Page = { items: ReportSummary[] }

beforeAll(async () => {
  system = await startSystem({ env: { XB_STRICT_INDEXES: '1' } })
  cloud = sdkFor(system)
  // The sla timer runs every minute: frozen, nothing is filled until we tick.
  await system.admin('clock', { now: Date.now() })
  office = await signIn(system, 'demo-office-1')
  const reports = cloud.database().collection('reports')
  const { data: base } = await reports.doc('r-demo-2').get()
  delete base._id
  delete base.terms
  for (let i = 0; i < STORED; i++)
    await reports.add({
      data: {
        ...base,
        _id: `r-old-${i}`,
        no: `BS20240101-${String(i).padStart(4, '0')}`,
        requestKey: `old:${i}`,
        description: i === 120 ? '井盖松动，夜里有人绊倒' : `第${i}条：路灯不亮`,
        // Ten at one instant: the cursor must not skip or stall on ties.
        createdAt: new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 10) * 3_600_000),
      },
    })
}, 120_000)
afterAll(() => system.stop())

const search = (q: string) => office.call<Page>('report.search', { filter: 'all', q })
const tick = async (minutes: number) => {
  await system.admin('clock', { now: Date.now() + minutes * 60_000 })
  const r = await system.admin<{ fired: Array<{ name: string; ok: boolean }> }>('tick')
  expect(r.fired.filter((f) => f.name === 'sla').map((f) => f.ok)).toEqual([true])
}

test('a report stored without terms is found by words once the timer has filled them', async () => {
  expect((await search('井盖松动')).data.items).toEqual([])
  // 150 stored + the demo reports at 100 a round: two rounds, then the cursor says done.
  for (let m = 2; m <= 6; m += 2) await tick(m)
  const r = await search('井盖松动')
  expect(r.ok).toBe(true)
  expect(r.data.items.map((i) => i.id)).toEqual(['r-old-120'])
  const reports = cloud.database().collection('reports')
  for (const id of ['r-old-0', 'r-old-9', 'r-old-99', 'r-old-100', 'r-old-149']) {
    const { data } = await reports.doc(id).get()
    expect(data.terms).toEqual(expect.arrayContaining(['路灯']))
  }
  const { data: cursor } = await cloud.database().collection('settings').doc('termsBackfill').get()
  expect(cursor.done).toBe(true)
})

import type { Ranking } from '@shared/contracts/stats'
import { signIn, type GatewayUser } from '../support/gateway'
import { addReports, generated, H, rng, stored } from '../support/report-year'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * 红黑榜 (stats.ranking) over a hand-built quarter: the order the shrunk satisfaction gives, what
 * pulled a company down, and who may see which standings.
 */
let system: System
let cloud: WxCloud
let office: GatewayUser

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  office = await signIn(system, 'demo-office-1')
})
afterAll(() => system.stop())

/** A report of a hand-built quarter (2025Q1) for one company: satisfied, on time, or not. */
function quarterReport(id: string, company: string, good: boolean, reopened = false) {
  const created = Date.parse('2025-02-10T02:00:00Z')
  const events = [
    { at: new Date(created), action: 'create' },
    { at: new Date(created + H), action: 'accept', byOpenid: 'x' },
    ...(reopened
      ? [
          { at: new Date(created + 2 * H), action: 'resolve', byOpenid: 'x' },
          { at: new Date(created + 3 * H), action: 'reopen', byOpenid: 'r' },
        ]
      : []),
    { at: new Date(created + (good ? 5 : 100) * H), action: 'resolve', byOpenid: 'x' },
    { at: new Date(created + 101 * H), action: 'confirm', byOpenid: 'r', rating: good ? 5 : 2 },
  ]
  const doc = {
    ...generated(0, rng(1)),
    _id: id,
    requestKey: `q:${id}`,
    state: 'closed',
    handler: {
      kind: 'property',
      id: company,
      name: company,
      staffOpenids: [],
      contactName: '',
      contactPhone: '',
    },
    deadlines: { acceptBy: new Date(created + 2 * H), resolveBy: new Date(created + 48 * H) },
    events,
    rating: { score: good ? 5 : 2, comment: '', at: new Date(created + 101 * H) },
    createdAt: new Date(created),
  }
  delete (doc as { followUp?: unknown }).followUp
  return stored(doc as ReturnType<typeof generated>)
}

test('红黑榜 of a hand-built quarter: shrinkage keeps a 3-report company off the top; staff see only their own', async () => {
  await cloud
    .database()
    .collection('property_companies')
    .add({ data: { _id: 'pc-small', streetId: 'haibei', name: '小小物业', servicePhone: '' } })
  const docs = [
    ...Array.from({ length: 40 }, (_, i) => quarterReport(`q-l-${i}`, 'pc-lvcheng', i < 39)),
    ...Array.from({ length: 3 }, (_, i) => quarterReport(`q-s-${i}`, 'pc-small', true)),
    ...Array.from({ length: 20 }, (_, i) =>
      quarterReport(`q-w-${i}`, 'pc-wanjia', i % 2 === 0, i === 1),
    ),
  ]
  await addReports(cloud, docs)
  const res = await office.call<Ranking>('stats.ranking', { quarter: '2025Q1' })
  expect(res.ok).toBe(true)
  expect(res.data.standings.map((s) => [s.id, s.list])).toEqual([
    ['pc-lvcheng', 'red'],
    ['pc-small', 'red'],
    ['pc-wanjia', 'black'],
  ])
  expect(res.data.standings[1].satisfaction).toBe(1) // perfect, but only three reports
  const zhao = await signIn(system, 'demo-property-2') // 万家物业
  const own = await zhao.call<Ranking>('stats.ranking', { quarter: '2025Q1' })
  expect(own.data.standings.map((s) => s.id)).toEqual(['pc-wanjia'])
  expect(own.data.pulledDown!.map((p) => p.id).sort()).toEqual(
    Array.from({ length: 20 }, (_, i) => `q-w-${i}`)
      .filter((_, i) => i % 2 === 1)
      .sort(),
  )
  expect(own.data.pulledDown!.find((p) => p.id === 'q-w-1')!.reasons).toEqual([
    '不满意',
    '重新办理',
    '未按时办结',
  ])
  const wang = await signIn(system, 'demo-resident-1')
  expect(await wang.call('stats.ranking', { quarter: '2025Q1' })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
})

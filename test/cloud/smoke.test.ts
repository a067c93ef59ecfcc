import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

let system: System
let cloud: WxCloud

beforeAll(async () => {
  system = await startSystem({ env: { QUIET: '0' } })
  cloud = sdkFor(system)
})
afterAll(() => system.stop())

test('the demo street is seeded and readable through wx-server-sdk', async () => {
  const db = cloud.database()
  // Two demo streets: 海北's six grids and 凤凰岭's one.
  const { total } = await db.collection('grids').where({ streetId: 'haibei' }).count()
  expect(total).toBe(6)
  expect((await db.collection('grids').count()).total).toBe(7)
  const { data } = await db.collection('users').doc('demo-resident-1').get()
  expect(data.name).toBe('王秀兰')
})

test('user.whoami runs in the function host with the caller as OPENID', async () => {
  const r = await system.invoke<{ ok: boolean; data: { openid: string; role: string } }>(
    'user',
    { action: 'user.whoami' },
    'demo-grid-1',
  )
  expect(r).toEqual({
    ok: true,
    data: expect.objectContaining({ openid: 'demo-grid-1', role: 'grid_worker' }),
  })
  expect(system.log.join('')).toMatch(/\[fn\] user user\.whoami openid=demo-grid-1 \d+ms ok/)
})

test('the demo street has reports in different states, readable by their reporters', async () => {
  const { data } = await cloud.database().collection('reports').orderBy('_id', 'asc').get()
  expect(data.map((r: { state: string }) => r.state)).toEqual([
    'submitted',
    'accepted',
    'resolved',
    'closed',
  ])
  const mine = await system.invoke<{ data: { items: Array<{ statusTag: string }> } }>(
    'report',
    { action: 'report.listMine' },
    'demo-resident-1',
  )
  expect(mine.data.items.map((i) => i.statusTag).sort()).toEqual(['已办结', '待受理'])
})

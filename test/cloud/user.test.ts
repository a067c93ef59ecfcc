import { startSystem, type System } from '../support/system'
import { sdkFor, type WxCloud } from '../support/sdk'

let system: System
let cloud: WxCloud

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
})
afterAll(() => system.stop())

const whoami = (openid?: string) =>
  system.invoke<{ ok: boolean; data: Record<string, unknown> }>(
    'user',
    { action: 'user.whoami' },
    openid,
  )

test('whoami gives a resident their bound home with names', async () => {
  const r = await whoami('demo-resident-1')
  expect(r.data).toMatchObject({
    role: 'resident',
    registered: true,
    address: {
      buildingId: 'b-xinhua-1-1',
      buildingName: '新华小区1号楼',
      communityName: '新华社区',
      unit: '2单元',
      room: '301',
    },
  })
})

test('a WeChat user never seen before is an unregistered resident without an address', async () => {
  const r = await whoami('o-stranger-0001')
  expect(r.data).toEqual({
    openid: 'o-stranger-0001',
    role: 'resident',
    name: '',
    registered: false,
    address: null,
    streetName: '',
  })
})

test('recordGrants counts each accepted template once per answer', async () => {
  const record = (answers: object) =>
    system.invoke<{ ok: boolean; data?: { granted: string[] }; error?: { code: string } }>(
      'user',
      { action: 'user.recordGrants', payload: { answers } },
      'demo-resident-2',
    )
  expect((await record({ TPL_REPORT_STATUS: 'accept', TPL_NEW_TASK: 'reject' })).data).toEqual({
    granted: ['TPL_REPORT_STATUS'],
  })
  await record({ TPL_REPORT_STATUS: 'accept' })
  const { data } = await cloud
    .database()
    .collection('subscriptions')
    .doc('demo-resident-2:TPL_REPORT_STATUS')
    .get()
  expect(data.count).toBe(2)
  const bad = await record({ TPL_UNKNOWN: 'accept' })
  expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  const { total } = await cloud.database().collection('subscriptions').count()
  expect(total).toBe(1)
})

test('recordGrants needs a caller', async () => {
  const r = await system.invoke('user', {
    action: 'user.recordGrants',
    payload: { answers: { TPL_REPORT_STATUS: 'accept' } },
  })
  expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
})

test('grid.places lists communities with their buildings and units, and needs a caller', async () => {
  const r = await system.invoke<{
    ok: boolean
    data: {
      communities: Array<{ name: string; buildings: Array<{ _id: string; units: string[] }> }>
    }
  }>('grid', { action: 'grid.places' }, 'demo-resident-1')
  // A resident with a home in 海北 picks among 海北's places only.
  expect(r.data.communities.map((c) => c.name).sort()).toEqual(
    ['新华社区', '滨河社区', '绿苑社区'].sort(),
  )
  // One with no home yet (binding an address) may live in any street.
  const unbound = await system.invoke<{ data: { communities: Array<{ name: string }> } }>(
    'grid',
    { action: 'grid.places' },
    'demo-resident-3',
  )
  expect(unbound.data.communities.map((c) => c.name)).toEqual(
    expect.arrayContaining(['新华社区', '凤苑社区']),
  )
  const xinhua = r.data.communities.find((c) => c.name === '新华社区')!
  expect(xinhua.buildings.map((b) => b._id)).toContain('b-xinhua-1-1')
  expect(xinhua.buildings[0].units).toEqual(['1单元', '2单元', '3单元'])
  expect(JSON.stringify(r.data)).not.toMatch(/1[3-9]\d{9}/) // no phone numbers in it
  expect(await system.invoke('grid', { action: 'grid.places' })).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  })
})

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

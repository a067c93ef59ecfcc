import type { GridMap, MyGrid } from '@shared/contracts/grid'
import { pointInPolygon } from '@shared/grid/geometry'
import { signIn, type GatewayUser } from '../support/gateway'
import { startSystem, type System } from '../support/system'

let system: System
let wang: GatewayUser // demo-resident-1, bound in g-xinhua-1
let li: GatewayUser // demo-resident-2, bound in g-binhe-1
let office: GatewayUser

beforeAll(async () => {
  system = await startSystem()
  ;[wang, li, office] = await Promise.all(
    ['demo-resident-1', 'demo-resident-2', 'demo-office-1'].map((o) => signIn(system, o)),
  )
})
afterAll(() => system.stop())

const HOME = { communityId: 'c-xinhua', buildingId: 'b-xinhua-1-2', unit: '3单元', room: '602' }

test('a new resident binds a home; it decides their grid worker and property company', async () => {
  const newcomer = await signIn(system, 'wx-newcomer-1') // never seen before: no user row
  expect(await newcomer.call('grid.mine', {})).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', message: expect.stringContaining('绑定居住地址') },
  })
  for (const [bad, field] of [
    [{ ...HOME, unit: '9单元' }, 'unit'],
    [{ ...HOME, communityId: 'c-binhe' }, 'unit'],
    [{ ...HOME, room: '' }, 'room'],
    [{ ...HOME, buildingId: 'b-nowhere' }, 'buildingId'],
  ] as const) {
    const r = await newcomer.call('user.bindAddress', bad)
    expect(r.error?.code).toBe('INVALID_INPUT')
    expect(r.error?.fields?.[field]).toBeTruthy()
  }
  expect((await newcomer.call<{ address: unknown }>('user.whoami', {})).data.address).toBeNull()
  const bound = await newcomer.call('user.bindAddress', HOME)
  expect(bound).toMatchObject({
    ok: true,
    data: { address: { communityName: '新华社区', unit: '3单元', room: '602' } },
  })
  expect((await newcomer.call('user.whoami', {})).data).toMatchObject({
    role: 'resident',
    registered: true,
  })
  const g = await newcomer.call<MyGrid>('grid.mine', {})
  expect(g.data).toMatchObject({
    gridId: 'g-xinhua-1',
    mine: true,
    partyBranch: '新华社区第一网格党支部',
    worker: { name: '张海燕', phone: '13904732001', wechatId: 'haibei_grid_1' },
    property: { name: '乌海绿城物业服务有限公司', servicePhone: '0473-2088001' },
  })
  expect(g.data.helpers.every((h) => /^1\d{10}$/.test(h.phone))).toBe(true)
})

test('a resident of another grid sees who is responsible, but no phone numbers', async () => {
  const other = await li.call<MyGrid>('grid.mine', { gridId: 'g-xinhua-1' })
  expect(other.data).toMatchObject({
    mine: false,
    worker: { name: '张海燕', phone: '', wechatId: '' },
  })
  expect(other.data.helpers.every((h) => h.phone === '')).toBe(true)
  expect(JSON.stringify(other.data)).not.toContain('13904732001')
  const own = await li.call<MyGrid>('grid.mine', {})
  expect(own.data).toMatchObject({ gridId: 'g-binhe-1', mine: true })
  expect(own.data.worker?.phone).toMatch(/^1\d{10}$/)
  expect(
    (await office.call<MyGrid>('grid.mine', { gridId: 'g-xinhua-1' })).data.worker?.phone,
  ).toBe('13904732001')
  expect((await li.call('grid.mine', { gridId: '../x' })).error?.code).toBe('INVALID_INPUT')
})

test('the map has every grid’s outline and tasks; the caller’s home lies in their highlighted grid', async () => {
  const { data } = await wang.call<GridMap>('grid.map', {})
  expect(data.grids).toHaveLength(6)
  expect(data.mineId).toBe('g-xinhua-1')
  const mine = data.grids.find((g) => g.id === data.mineId)!
  expect(mine.workerName).toBe('张海燕')
  expect(pointInPolygon(data.home!, mine.polygon)).toBe(true)
  expect(data.grids.filter((g) => pointInPolygon(data.home!, g.polygon))).toHaveLength(1)
  expect(data.grids.reduce((n, g) => n + g.open, 0)).toBeGreaterThan(0) // the demo street has open reports
})

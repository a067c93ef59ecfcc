import ExcelJS from 'exceljs'
import type { Ledger } from '@shared/contracts/ledger'
import { signIn, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

let system: System
let cloud: WxCloud
let office: GatewayUser
let wang: GatewayUser

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  ;[office, wang] = await Promise.all([
    signIn(system, 'demo-office-1'),
    signIn(system, 'demo-resident-1'),
  ])
})
afterAll(() => system.stop())

const OPEN = [
  'submitted',
  'transferred',
  'accepted',
  'reopened',
  'escalated',
  'assigned',
  'returned',
]

test('网格台账 counts each grid’s reports and households from the stored data; office only', async () => {
  const r = await office.call<Ledger>('grid.ledger', {})
  expect(r.ok).toBe(true)
  expect(r.data.grids).toHaveLength(6)
  const _ = cloud.database().command
  for (const g of r.data.grids) {
    const reports = cloud.database().collection('reports')
    const total = (await reports.where({ 'handler.id': g.gridId }).count()).total
    const open = (await reports.where({ 'handler.id': g.gridId, state: _.in(OPEN) }).count()).total
    expect([g.gridId, g.total, g.open]).toEqual([g.gridId, total, open])
  }
  const xinhua1 = r.data.grids.find((g) => g.gridId === 'g-xinhua-1')!
  expect(xinhua1).toMatchObject({ workerName: '张海燕', communityName: '新华社区', helpers: 2 })
  expect(xinhua1.households).toBeGreaterThanOrEqual(1) // 王秀兰 lives there
  expect(await wang.call('grid.ledger', {})).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
})

test('the .xlsx export opens with one sheet per view and the ledger’s rows', async () => {
  const [ledger, exp] = await Promise.all([
    office.call<Ledger>('grid.ledger', {}),
    office.call<{ fileID: string; url: string }>('grid.exportLedger', {}),
  ])
  expect(exp.ok).toBe(true)
  expect(exp.data.fileID).toMatch(/^cloud:\/\/.+\/exports\/demo-office-1\/grid-ledger-.+\.xlsx$/)
  const bytes = Buffer.from(await (await fetch(exp.data.url)).arrayBuffer())
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes)
  expect(wb.worksheets.map((w) => w.name)).toEqual(['网格台账', '网格员台账'])
  const sheet = wb.getWorksheet('网格台账')!
  expect(sheet.rowCount).toBe(1 + ledger.data.grids.length)
  const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1)
  expect(row(1).slice(0, 3)).toEqual(['网格', '社区', '网格员'])
  const g = ledger.data.grids[0]
  expect(row(2).slice(0, 7)).toEqual([
    g.gridName,
    g.communityName,
    g.workerName,
    g.helpers,
    g.households,
    g.total,
    g.open,
  ])
  expect(wb.getWorksheet('网格员台账')!.rowCount).toBe(1 + ledger.data.workers.length)
  expect(await wang.call('grid.exportLedger', {})).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
})

describe('invitation codes', () => {
  // Every seeded grid has a worker: the office has answered the replacement question.
  const invite = (gridId: string, name = '刘新民') =>
    office.call<{ code: string; expiresAt: string }>('grid.createInvite', {
      role: 'grid_worker',
      gridId,
      name,
      confirm: true,
    })

  test('a code makes its redeemer the grid’s worker, once; the former worker loses the grid', async () => {
    const { data } = await invite('g-xinhua-2')
    const newcomer = await signIn(system, 'demo-resident-3')
    const r = await newcomer.call('user.redeemInvite', {
      code: data.code.toLowerCase().replace(/(.{4})/, '$1-'),
    })
    expect(r).toMatchObject({ ok: true, data: { role: 'grid_worker', gridId: 'g-xinhua-2' } })
    expect((await newcomer.call('user.whoami', {})).data).toMatchObject({
      role: 'grid_worker',
      name: '刘新民',
    })
    const grid = (await cloud.database().collection('grids').doc('g-xinhua-2').get()).data
    expect(grid.workerOpenid).toBe('demo-resident-3')
    const former = await signIn(system, 'demo-grid-2')
    expect((await former.call('report.inbox', {})).error?.code).toBe('FORBIDDEN')
    const late = await signIn(system, 'demo-resident-2')
    expect(await late.call('user.redeemInvite', { code: data.code })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('已被使用') },
    })
  })

  test('five people racing for one code: exactly one gets it', async () => {
    const { data } = await invite('g-binhe-2', '赵一鸣')
    const racers = await Promise.all(
      ['r-a', 'r-b', 'r-c', 'r-d', 'r-e'].map((o) => signIn(system, `race-${o}`)),
    )
    const results = await Promise.all(
      racers.map((u) => u.call('user.redeemInvite', { code: data.code })),
    )
    expect(results.filter((x) => x.ok)).toHaveLength(1)
    expect(results.filter((x) => !x.ok).every((x) => x.error?.code === 'CONFLICT')).toBe(true)
  })

  test('only the office invites; bad input and unknown codes get clear errors', async () => {
    expect(
      await wang.call('grid.createInvite', {
        role: 'grid_worker',
        gridId: 'g-xinhua-1',
        name: '王秀兰',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(
      (
        await office.call('grid.createInvite', {
          role: 'grid_worker',
          gridId: 'nope',
          name: '王秀兰',
        })
      ).error?.code,
    ).toBe('INVALID_INPUT')
    expect(
      (await office.call('grid.createInvite', { role: 'mayor', name: 'x' })).error?.fields,
    ).toHaveProperty('role')
    expect((await wang.call('user.redeemInvite', { code: 'ABCDEFGH' })).error?.code).toBe(
      'NOT_FOUND',
    )
    expect((await wang.call('user.redeemInvite', { code: '123' })).error?.code).toBe(
      'INVALID_INPUT',
    )
  })

  test('a code expires after 7 days', async () => {
    const { data } = await invite('g-lvyuan-1', '孙立')
    await system.admin('clock', { now: Date.parse(data.expiresAt) + 60_000 })
    const u = await signIn(system, 'demo-resident-2')
    expect(await u.call('user.redeemInvite', { code: data.code })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('已过期') },
    })
    await system.admin('clock', { now: null })
  })
})

describe('grid management (street office)', () => {
  const OUTLINE = '106.83,39.67 106.84,39.67 106.84,39.678 106.83,39.678'

  test('add a grid with its outline, edit it, retire it: the map follows', async () => {
    const add = await office.call<{ id: string }>('grid.saveGrid', {
      communityId: 'c-lvyuan',
      name: '绿苑社区第三网格',
      partyBranch: '',
      helpers: [],
      polygon: OUTLINE,
    })
    expect(add.ok).toBe(true)
    const id = add.data.id
    const onMap = async () =>
      (
        await wang.call<{ grids: Array<{ id: string; name: string; polygon: number[][][] }> }>(
          'grid.map',
          {},
        )
      ).data.grids.find((g) => g.id === id)
    expect((await onMap())?.polygon[0]).toHaveLength(5) // closed ring
    const edit = await office.call('grid.saveGrid', {
      id,
      communityId: 'c-lvyuan',
      name: '绿苑社区第三网格（新）',
      partyBranch: '绿苑社区第三网格党支部',
      helpers: [{ name: '志愿者 周阿姨', phone: '13904739999', kind: 'volunteer' }],
    })
    expect(edit.ok).toBe(true)
    expect((await onMap())?.name).toBe('绿苑社区第三网格（新）')
    expect((await office.call('grid.retireGrid', { id })).ok).toBe(true)
    expect(await onMap()).toBeUndefined()
  })

  test('a grid with open reports cannot be retired; bad input and other roles change nothing', async () => {
    expect(await office.call('grid.retireGrid', { id: 'g-xinhua-1' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('未办结') },
    })
    const bad = await office.call('grid.saveGrid', {
      communityId: 'c-lvyuan',
      name: 'x',
      partyBranch: '',
      helpers: [],
      polygon: '1,2 3,4',
    })
    expect(bad.error?.fields?.polygon).toMatch(/经度,纬度/)
    const phone = await office.call('grid.saveGrid', {
      id: 'g-xinhua-2',
      communityId: 'c-xinhua',
      name: '新华社区第二网格',
      partyBranch: '',
      helpers: [{ name: '王', phone: '123' }],
    })
    expect(phone.error?.fields?.helpers).toBeTruthy()
    expect(
      await wang.call('grid.saveGrid', {
        communityId: 'c-lvyuan',
        name: '我的网格',
        partyBranch: '',
        helpers: [],
        polygon: OUTLINE,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    const names = (
      await wang.call<{ grids: Array<{ name: string }> }>('grid.map', {})
    ).data.grids.map((g) => g.name)
    expect(names).not.toContain('我的网格') // the refused add left nothing
    expect(names).toContain('新华社区第二网格') // the refused edit renamed nothing
  })

  test('a worker retires: they become a resident and the grid shows no worker until a new invitation', async () => {
    expect((await office.call('grid.retireWorker', { id: 'g-lvyuan-2' })).ok).toBe(true)
    const former = await signIn(system, 'demo-grid-6')
    expect((await former.call('user.whoami', {})).data).toMatchObject({ role: 'resident' })
    expect(
      (await office.call<{ worker: unknown }>('grid.mine', { gridId: 'g-lvyuan-2' })).data.worker,
    ).toBeNull()
    expect((await office.call('grid.retireWorker', { id: 'g-lvyuan-2' })).error?.code).toBe(
      'CONFLICT',
    )
  })
})

import type { ReportSummary } from '@shared/contracts/report'
import type { GatewayUser } from '../support/gateway'
import { messagesTo } from '../support/messages'
import { fileReport, step } from '../support/reports'
import type { WxCloud } from '../support/sdk'
import { startSignedIn } from '../support/signed-in'
import type { System } from '../support/system'

/**
 * Real people, issue 14: a stand-in (代班) holds a grid's reports for the days of the worker's
 * leave — decided when they act, not when the office books it.
 */
let system: System
let cloud: WxCloud
let wang: GatewayUser // demo-resident-1, home in g-xinhua-1
let grid1: GatewayUser // worker of g-xinhua-1
let grid2: GatewayUser // worker of g-xinhua-2, the stand-in
let office: GatewayUser

beforeAll(async () => {
  const openids = ['demo-resident-1', 'demo-grid-1', 'demo-grid-2', 'demo-office-1']
  ;({
    system,
    cloud,
    users: [wang, grid1, grid2, office],
  } = await startSignedIn(openids))
})
afterAll(() => system.stop())

const messagesOf = (openid: string, refId: string) => messagesTo(cloud, openid, refId)

test('a stand-in holds the grid on the days of the leave only, decided when they act', async () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00+08:00`)
  // Beijing 2026-12-20 10:00: the stand-in's period is the 21st and the 22nd.
  await system.admin('clock', { now: day('2026-12-20') + 10 * 3600_000 })
  try {
    const set = await office.call('grid.setStandIn', {
      gridId: 'g-xinhua-1',
      openid: 'demo-grid-2',
      from: '2026-12-21',
      to: '2026-12-22',
    })
    expect(set).toMatchObject({ ok: true, data: { name: '刘强', workerName: '张海燕' } })
    // 网格管理 shows it from the ledger while it is booked or running.
    const standIns = async () =>
      (await office.call<{ standIns: unknown[] }>('grid.ledger', {})).data.standIns
    expect(await standIns()).toEqual([
      expect.objectContaining({
        gridId: 'g-xinhua-1',
        name: '刘强',
        from: '2026-12-21',
        to: '2026-12-22',
      }),
    ])
    const id = await fileReport(wang)
    const refused = { ok: false, error: { code: 'FORBIDDEN' } }
    expect(await grid2.call('report.get', { id })).toMatchObject(refused)
    // First minute of the 21st: the grid's open tasks are the stand-in's too.
    await system.admin('clock', { now: day('2026-12-21') })
    const inbox = await grid2.call<{ items: ReportSummary[] }>('report.inbox', { tab: 'pending' })
    expect(inbox.data.items.map((x) => x.id)).toContain(id)
    expect((await step(grid2, id, 'accept')).state).toBe('accepted')
    // New tasks of the grid reach them as well as the worker.
    const fresh = await fileReport(wang)
    expect(await messagesOf('demo-grid-2', fresh)).toHaveLength(1)
    expect(await messagesOf('demo-grid-1', fresh)).toHaveLength(1)
    // Last minute of the 22nd, then the 23rd: access returns to the worker alone.
    await system.admin('clock', { now: day('2026-12-23') - 60_000 })
    expect((await grid2.call('report.get', { id })).ok).toBe(true)
    await system.admin('clock', { now: day('2026-12-23') })
    expect(await grid2.call('report.get', { id })).toMatchObject(refused)
    expect((await grid1.call('report.get', { id })).ok).toBe(true)
    const later = await fileReport(wang)
    expect(await messagesOf('demo-grid-2', later)).toHaveLength(0)
    // Ended early by the office: gone at once.
    await office.call('grid.setStandIn', {
      gridId: 'g-xinhua-1',
      openid: 'demo-grid-2',
      from: '2026-12-23',
      to: '2026-12-24',
    })
    expect((await grid2.call('report.get', { id })).ok).toBe(true)
    expect(await office.call('grid.clearStandIn', { gridId: 'g-xinhua-1' })).toMatchObject({
      ok: true,
      data: { cleared: 1 },
    })
    expect(await standIns()).toEqual([])
    expect(await grid2.call('report.get', { id })).toMatchObject(refused)
    // The worker themselves cannot stand in for their own grid; a past period is refused.
    expect(
      await office.call('grid.setStandIn', {
        gridId: 'g-xinhua-1',
        openid: 'demo-grid-1',
        from: '2026-12-23',
        to: '2026-12-24',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(
      await office.call('grid.setStandIn', {
        gridId: 'g-xinhua-1',
        openid: 'demo-grid-2',
        from: '2026-12-01',
        to: '2026-12-02',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { to: '结束日期已过' } } })
  } finally {
    await system.admin('clock', { now: null })
  }
})

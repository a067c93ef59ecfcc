import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import { beijingDay } from '@shared/time'
import { signIn, type GatewayUser } from '../support/gateway'
import { startSystem, type System } from '../support/system'

/**
 * What was still shared across the streets of one environment (issue 20): who a report can be
 * sent to (grid.handlers, 转派/派单), 我的网格员 (grid.mine), 代班 (stand-ins) and 附近的报事
 * (report.nearby). A caller of 凤凰岭 never sees or touches 海北's, and the reverse.
 */
let system: System
const u: Record<string, GatewayUser> = {}
let fhReport: ReportSummary

const nearby = (who: GatewayUser, buildingId: string) =>
  who.call<{ items: ReportSummary[] }>('report.nearby', {
    categoryKey: 'noise',
    target: 'grid',
    location: { kind: 'address', buildingId },
  })

beforeAll(async () => {
  system = await startSystem()
  const ids = {
    hbResident: 'demo-resident-1',
    hbWorker: 'demo-grid-1',
    hbOffice: 'demo-office-1',
    fhResident: 'demo-fh-resident-1',
    fhWorker: 'demo-fh-grid-1',
    fhProperty: 'demo-fh-property-1',
    fhOffice: 'demo-fh-office-1',
    newcomer: `shared-newcomer-${Date.now()}`,
  }
  await Promise.all(
    Object.entries(ids).map(async ([k, openid]) => (u[k] = await signIn(system, openid))),
  )
  const r = await u.fhResident.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'noise',
    description: '楼下广场舞音响太吵',
    photos: [],
    location: { kind: 'address', buildingId: 'b-fh-yuan-1' },
    urgency: 'normal',
    requestId: `shared-${Date.now()}`,
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  fhReport = r.data.report
}, 120_000)
afterAll(() => system.stop())

test("grid.handlers lists only the caller's street's grids and companies", async () => {
  const idsOf = async (who: GatewayUser) => {
    const r = await who.call<{ handlers: Array<{ id: string }> }>('grid.handlers', {})
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    return r.data.handlers.map((h) => h.id)
  }
  for (const who of [u.fhWorker, u.fhProperty, u.fhOffice])
    expect((await idsOf(who)).sort()).toEqual(['g-fh-1', 'pc-fh-anju'])
  const hb = await idsOf(u.hbOffice)
  expect(hb).toContain('g-xinhua-1')
  expect(hb.filter((id) => id.includes('fh'))).toEqual([])
})

test("a report cannot be sent to another street's grid or company (转派/派单)", async () => {
  const { data } = await u.fhOffice.call<ReportDetail>('report.get', { id: fhReport.id })
  for (const [who, action, to] of [
    [u.fhWorker, 'transfer', { kind: 'grid', id: 'g-xinhua-2' }],
    [u.fhOffice, 'dispatch', { kind: 'property', id: 'pc-lvcheng' }],
  ] as const) {
    const r = await who.call('report.transition', {
      id: fhReport.id,
      version: data.version,
      action,
      reason: '不属于本网格',
      to,
    })
    expect([action, r.error?.code]).toEqual([action, 'INVALID_INPUT'])
  }
  const after = await u.fhOffice.call<ReportDetail>('report.get', { id: fhReport.id })
  expect(after.data.version).toBe(data.version)
})

test("grid.mine finds only the caller's street's grids; a newcomer without a home sees any", async () => {
  expect((await u.fhResident.call('grid.mine', { gridId: 'g-xinhua-1' })).error?.code).toBe(
    'NOT_FOUND',
  )
  expect((await u.hbResident.call('grid.mine', { gridId: 'g-fh-1' })).error?.code).toBe('NOT_FOUND')
  expect((await u.hbWorker.call('grid.mine', { gridId: 'g-fh-1' })).error?.code).toBe('NOT_FOUND')
  const own = await u.fhResident.call<{ gridId: string }>('grid.mine', {})
  expect(own.data.gridId).toBe('g-fh-1')
  const chosen = await u.newcomer.call<{ gridId: string }>('grid.mine', { gridId: 'g-fh-1' })
  expect(chosen.data.gridId).toBe('g-fh-1')
})

test("an office names stand-ins only for its own grids, from its own street's workers", async () => {
  const day = beijingDay(new Date(Date.now() + 30 * 86_400_000))
  const period = { from: day, to: day }
  const other = await u.hbOffice.call('grid.setStandIn', {
    gridId: 'g-fh-1',
    openid: 'demo-grid-2',
    ...period,
  })
  expect(other.error?.code).toBe('NOT_FOUND')
  const foreign = await u.fhOffice.call('grid.setStandIn', {
    gridId: 'g-fh-1',
    openid: 'demo-grid-2',
    ...period,
  })
  expect(foreign.error).toMatchObject({
    code: 'INVALID_INPUT',
    message: expect.stringContaining('本街道'),
  })
  expect((await u.hbOffice.call('grid.clearStandIn', { gridId: 'g-fh-1' })).error?.code).toBe(
    'NOT_FOUND',
  )
  // Nothing was booked: 刘强 of 海北 holds no 凤凰岭 grid.
  const ledger = await u.fhOffice.call<{ standIns: unknown[] }>('grid.ledger', {})
  expect(ledger.data.standIns).toEqual([])
})

test("report.nearby shows another street's open reports to nobody of this street", async () => {
  const ids = async (who: GatewayUser) =>
    (await nearby(who, 'b-fh-yuan-1')).data.items.map((i) => i.id)
  expect(await ids(u.fhWorker)).toContain(fhReport.id)
  expect(await ids(u.fhOffice)).toContain(fhReport.id)
  for (const who of [u.hbResident, u.hbWorker, u.hbOffice]) {
    const r = await nearby(who, 'b-fh-yuan-1')
    expect(r.ok).toBe(true)
    expect(r.data.items).toEqual([])
  }
})

import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import type { StreetFigures } from '@shared/contracts/stats'
import type { MessageView } from '@shared/contracts/message'
import { beijingDay } from '@shared/time'
import { signIn, type GatewayUser } from '../support/gateway'
import { startSystem, type System } from '../support/system'

/**
 * Two streets side by side in one environment (issue 20): 海北 and 凤凰岭 of the demo seed. The
 * office of one street is refused every read and write of the other's reports, grids and staff;
 * the district reads both, urges (督办: a timeline step and a notice to that street's office) and
 * cannot handle; report numbers count per street.
 */
let system: System
let hbResident: GatewayUser
let fhResident: GatewayUser
let hbOffice: GatewayUser
let fhOffice: GatewayUser
let district: GatewayUser
let hbReport: ReportSummary
const fhReports: ReportSummary[] = []
const PERIOD = {
  from: beijingDay(new Date(Date.now() - 7 * 86_400_000)),
  to: beijingDay(new Date()),
}

let seq = 0
async function file(u: GatewayUser, buildingId: string): Promise<ReportSummary> {
  const r = await u.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'noise',
    description: `楼上装修噪音 ${++seq}`,
    photos: [],
    location: { kind: 'address', buildingId },
    urgency: 'normal',
    requestId: `streets-${seq}-${Date.now()}`,
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.report
}

async function until(f: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await f())) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 100))
  }
}

beforeAll(async () => {
  system = await startSystem()
  await system.admin('clock', { now: Date.now() })
  ;[hbResident, fhResident, hbOffice, fhOffice, district] = await Promise.all(
    [
      'demo-resident-1',
      'demo-fh-resident-1',
      'demo-office-1',
      'demo-fh-office-1',
      'demo-district-1',
    ].map((o) => signIn(system, o)),
  )
  hbReport = await file(hbResident, 'b-xinhua-1-1')
  fhReports.push(await file(fhResident, 'b-fh-yuan-1'))
  fhReports.push(await file(fhResident, 'b-fh-yuan-2'))
}, 120_000)
afterAll(async () => {
  await system.admin('clock', { now: null })
  await system.stop()
})

test('report numbers count per street, each with its street code', () => {
  expect(fhReports.map((r) => r.no)).toEqual([
    expect.stringMatching(/^FH\d{8}-0001$/),
    expect.stringMatching(/^FH\d{8}-0002$/),
  ])
  expect(hbReport.no).toMatch(/^BS\d{8}-0001$/)
})

test("an office is refused every read and write of another street's report", async () => {
  const got = await fhOffice.call('report.get', { id: hbReport.id })
  expect(got.error?.code).toBe('NOT_FOUND')
  const { data } = await hbOffice.call<ReportDetail>('report.get', { id: hbReport.id })
  for (const action of ['reject', 'dispatch', 'urge', 'markDuplicate']) {
    const r = await fhOffice.call('report.transition', {
      id: hbReport.id,
      version: data.version,
      action,
      reason: '不属于受理范围',
      note: '请尽快',
      to: { kind: 'grid', id: 'g-fh-1' },
      duplicateOf: fhReports[0].id,
    })
    expect([action, r.error?.code]).toEqual([action, 'NOT_FOUND'])
  }
  const list = await fhOffice.call<{ items: ReportSummary[] }>('report.search', {})
  const ids = list.data.items.map((r) => r.id)
  expect(ids).toEqual(expect.arrayContaining(fhReports.map((r) => r.id)))
  expect(ids).not.toContain(hbReport.id)
  // The district's drill-down parameter gives an office nothing beyond its own street.
  const forced = await fhOffice.call<{ items: ReportSummary[] }>('report.search', {
    streetId: 'haibei',
  })
  expect(forced.data.items.map((r) => r.id)).not.toContain(hbReport.id)
})

test("an office cannot touch another street's grids, staff or figures", async () => {
  expect((await fhOffice.call('grid.retireWorker', { id: 'g-xinhua-1' })).error?.code).toBe(
    'NOT_FOUND',
  )
  expect((await fhOffice.call('grid.retireGrid', { id: 'g-xinhua-2' })).error?.code).toBe(
    'NOT_FOUND',
  )
  const staff = await fhOffice.call('grid.retireStaff', { openid: 'demo-office-1' })
  expect(staff.error?.code).toBe('NOT_FOUND')
  const ledger = await fhOffice.call<{ grids: Array<{ id: string }> }>('grid.ledger', {})
  expect(JSON.stringify(ledger.data)).not.toContain('g-xinhua')
  const invite = await fhOffice.call('grid.createInvite', {
    role: 'grid_worker',
    gridId: 'g-xinhua-1',
    name: '某某',
    confirm: true,
  })
  expect(invite.error?.code).toBe('INVALID_INPUT')
  const fig = await fhOffice.call<{ figures: { received: number } }>('stats.dashboard', {
    period: PERIOD,
    scope: { kind: 'street', streetId: 'haibei' },
  })
  expect(fig.data.figures.received).toBe(fhReports.length)
})

test('the district reads both streets, ranks them side by side and cannot handle', async () => {
  for (const r of [hbReport, fhReports[0]])
    expect((await district.call('report.get', { id: r.id })).ok).toBe(true)
  const all = await district.call<{ items: ReportSummary[] }>('report.search', {})
  const ids = all.data.items.map((r) => r.id)
  expect(ids).toEqual(expect.arrayContaining([hbReport.id, ...fhReports.map((r) => r.id)]))
  const one = await district.call<{ items: ReportSummary[] }>('report.search', {
    streetId: 'fenghuang',
  })
  expect(one.data.items.map((r) => r.id).sort()).toEqual(fhReports.map((r) => r.id).sort())

  const { data } = await district.call<ReportDetail>('report.get', { id: hbReport.id })
  const accept = await district.call('report.transition', {
    id: hbReport.id,
    version: data.version,
    action: 'reject',
    reason: '不属于受理范围',
  })
  expect(accept.error).toMatchObject({
    code: 'FORBIDDEN',
    message: expect.stringContaining('区级'),
  })

  const ranked = await district.call<{ streets: StreetFigures[] }>('stats.streets', {
    period: PERIOD,
  })
  expect(ranked.data.streets.map((s) => s.rank)).toEqual([1, 2])
  expect(ranked.data.streets.map((s) => s.name).sort()).toEqual(['海北街道', '凤凰岭街道'].sort())
  const fh = ranked.data.streets.find((s) => s.streetId === 'fenghuang')!
  expect(fh.figures.received).toBe(fhReports.length)
})

test("each street's figures come from its own rollups: an office counts only its street", async () => {
  type Dash = { figures: { received: number } }
  const received = async (u: GatewayUser, scope: object) => {
    const r = await u.call<Dash>('stats.dashboard', { period: PERIOD, scope })
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    return r.data.figures.received
  }
  const [hb, fh, all, fhNoise, hbNoise, hbNoiseByDistrict] = await Promise.all([
    received(hbOffice, { kind: 'street' }),
    received(fhOffice, { kind: 'street' }),
    received(district, { kind: 'street' }),
    received(fhOffice, { kind: 'category', id: 'noise' }),
    received(hbOffice, { kind: 'category', id: 'noise' }),
    received(district, { kind: 'category', id: 'noise', streetId: 'haibei' }),
  ])
  expect(fh).toBe(fhReports.length)
  expect(hb).toBeGreaterThanOrEqual(1) // its own report (and the seed's of the period)
  expect(all).toBe(hb + fh)
  // A category is shared by both streets; its figures are not: 噪音 of 凤凰岭 only.
  expect(fhNoise).toBe(fhReports.length)
  expect(hbNoiseByDistrict).toBe(hbNoise)
  const ranked = await district.call<{ streets: StreetFigures[] }>('stats.streets', {
    period: PERIOD,
  })
  const of = (id: string) => ranked.data.streets.find((s) => s.streetId === id)?.figures.received
  expect([of('haibei'), of('fenghuang')]).toEqual([hb, fh])
  // The console's badges come from the street's own state counters: 凤凰岭's reports only, for its
  // office and for the district drilling into it.
  type Counts = { counts: Record<string, number> }
  const mine = await fhOffice.call<Counts>('report.search', {})
  const drill = await district.call<Counts>('report.search', { streetId: 'fenghuang' })
  expect(mine.data.counts.all).toBe(fhReports.length)
  expect(drill.data.counts).toEqual(mine.data.counts)
})

test("the district's 督办 is a step of the timeline and a notice to that street's office only", async () => {
  const { data } = await district.call<ReportDetail>('report.get', { id: hbReport.id })
  const r = await district.call<ReportDetail>('report.transition', {
    id: hbReport.id,
    version: data.version,
    action: 'urge',
    note: '群众反映强烈，请今天内处理',
  })
  expect(r.ok).toBe(true)
  expect(r.data.events.at(-1)).toMatchObject({ action: 'urge' })
  const told = async (u: GatewayUser) =>
    (await u.call<{ items: MessageView[] }>('user.messages', {})).data.items.some((m) =>
      `${m.title}${m.body}`.includes('区级督办'),
    )
  await until(() => told(hbOffice))
  expect(await told(fhOffice)).toBe(false)
})

test("whoami names the caller's street from its settings (the 首页 title); none for the district", async () => {
  const name = async (u: GatewayUser) => {
    const r = await u.call<{ streetName: string }>('user.whoami', {})
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    return r.data.streetName
  }
  expect(await name(hbResident)).toBe('海北街道')
  expect(await name(fhResident)).toBe('凤凰岭街道')
  expect(await name(hbOffice)).toBe('海北街道')
  expect(await name(fhOffice)).toBe('凤凰岭街道')
  expect(await name(district)).toBe('')
  // A WeChat user the system has never seen (no home bound yet) has no street either.
  expect(await name(await signIn(system, `streets-newcomer-${Date.now()}`))).toBe('')
})

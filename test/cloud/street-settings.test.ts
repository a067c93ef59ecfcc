import type { CatalogueEntry } from '@shared/contracts/certificate'
import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import type { SlaSettings } from '@shared/contracts/sla'
import { DEFAULT_LIMITS } from '@shared/reports'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { sdkFor } from '../support/sdk'
import { startSignedIn } from '../support/signed-in'
import type { System } from '../support/system'
import { applyResidence, ok } from '../support/two-streets'

/**
 * A street's settings are its own (issue 20): 海北 and 凤凰岭 of the demo seed. When 凤凰岭's office
 * changes its time limits, certificate catalogue or work calendar, 海北 keeps its own; each report
 * and application follows its street's. The wording of certificates: street-wording.test.ts.
 */
let system: System
let hbOffice: GatewayUser
let fhOffice: GatewayUser
let wang: GatewayUser // demo-resident-1, 海北 新华小区1号楼 2单元 301
let guo: GatewayUser // demo-fh-resident-1, 凤凰岭 凤苑小区1号楼 1单元 201

beforeAll(async () => {
  ;({
    system,
    users: [hbOffice, fhOffice, wang, guo],
  } = await startSignedIn([
    'demo-office-1',
    'demo-fh-office-1',
    'demo-resident-1',
    'demo-fh-resident-1',
  ]))
}, 120_000)
afterAll(async () => {
  await system.admin('clock', { now: null })
  await system.stop()
})

let seq = 0
async function fileReport(u: GatewayUser, buildingId: string): Promise<ReportSummary> {
  const r = await ok<{ report: ReportSummary }>(u, 'report.create', {
    target: 'grid',
    categoryKey: 'noise',
    description: `楼道噪音 ${++seq}`,
    photos: [],
    location: { kind: 'address', buildingId },
    urgency: 'normal',
    requestId: `settings-r-${seq}-${Date.now()}`,
  })
  return r.report
}

/** Minutes from a report's creation to its deadline to accept. */
async function acceptMinutes(office: GatewayUser, id: string): Promise<number> {
  const d = await ok<ReportDetail>(office, 'report.get', { id })
  return (Date.parse(d.deadlines.acceptBy) - Date.parse(d.createdAt)) / 60_000
}

test("a street's time limits are its own; each report is clocked by its street's", async () => {
  const hbBefore = await ok<SlaSettings>(hbOffice, 'sla.limits', {})
  const mine: SlaSettings = {
    limits: {
      ...DEFAULT_LIMITS,
      simple: { ...DEFAULT_LIMITS.simple, normal: { acceptMin: 45, resolveMin: 600 } },
    },
    autoCloseDays: 5,
  }
  // A street named in the input changes nothing: the street is the caller's.
  await ok(fhOffice, 'sla.setLimits', { ...mine, streetId: 'haibei' })
  expect(await ok(fhOffice, 'sla.limits', {})).toEqual(mine)
  expect(await ok(hbOffice, 'sla.limits', {})).toEqual(hbBefore)
  // The street's grid worker works to the street's limits.
  const fhGrid = await signIn(system, 'demo-fh-grid-1')
  expect(await ok(fhGrid, 'sla.limits', {})).toEqual(mine)

  const fh = await fileReport(guo, 'b-fh-yuan-1')
  const hb = await fileReport(wang, 'b-xinhua-1-1')
  expect(await acceptMinutes(fhOffice, fh.id)).toBe(45)
  expect(await acceptMinutes(hbOffice, hb.id)).toBe(hbBefore.limits.simple.normal.acceptMin)
  // Open311 tells an outside system each jurisdiction's own limits.
  const noise = async (q: string) => {
    const r = await fetch(`${system.url}/open311/v2/services.json${q}`)
    const rows = (await r.json()) as Array<{ service_code: string; description: string }>
    return rows.find((x) => x.service_code === 'noise')?.description
  }
  expect(await noise('?jurisdiction_id=fenghuang')).toMatch(/^受理时限 45 分钟，办结时限 10 小时/)
  expect(await noise('?jurisdiction_id=haibei')).toMatch(/^受理时限 2 小时，办结时限 1 天/)
})

test("the district's default serves a street with none of its own", async () => {
  const db = sdkFor(system).database()
  const calendar = { holidays: ['2031-01-01'], workdays: [] }
  await db.collection('settings').doc('calendar').set({ data: calendar })
  try {
    expect(await ok(hbOffice, 'certificate.calendar', {})).toEqual(calendar)
    await ok(fhOffice, 'certificate.saveCalendar', { holidays: ['2031-02-01'], workdays: [] })
    expect(await ok(fhOffice, 'certificate.calendar', {})).toEqual({
      holidays: ['2031-02-01'],
      workdays: [],
    })
    expect(await ok(hbOffice, 'certificate.calendar', {})).toEqual(calendar)
  } finally {
    await db.collection('settings').doc('calendar').remove()
  }
})

test("a street's catalogue and calendar are its own; each application follows its street's", async () => {
  const hbTypes = (await ok<{ types: CatalogueEntry[] }>(wang, 'certificate.catalogue', {})).types
  const saved = await ok<{ type: CatalogueEntry }>(fhOffice, 'certificate.saveType', {
    key: 'hardship',
    enabled: false,
    timeLimitDays: 5,
    validityMonths: 6,
    promiseAllowed: true,
  })
  expect(saved.type.enabled).toBe(false)
  const enabled = async (u: GatewayUser) =>
    (await ok<{ types: CatalogueEntry[] }>(u, 'certificate.catalogue', {})).types.find(
      (t) => t.key === 'hardship',
    )?.enabled
  expect([await enabled(guo), await enabled(fhOffice)]).toEqual([false, false])
  expect([await enabled(wang), await enabled(hbOffice)]).toEqual([true, true])
  expect((await ok<{ types: CatalogueEntry[] }>(wang, 'certificate.catalogue', {})).types).toEqual(
    hbTypes,
  )
  // 凤凰岭 paused 贫困证明; in 海北 it is open (the form is then judged, and found empty).
  const paused = await guo.call('certificate.apply', { typeKey: 'hardship', input: {} })
  expect(paused.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('暂停') })
  expect(
    (await wang.call('certificate.apply', { typeKey: 'hardship', input: {} })).error?.code,
  ).toBe('INVALID_INPUT')

  // Wednesday 30 Sep 2026, 10:00 Beijing; 居住证明 within 3 working days. 凤凰岭 keeps no holidays.
  await ok(fhOffice, 'certificate.saveCalendar', { holidays: [], workdays: [] })
  await system.admin('clock', { now: Date.parse('2026-09-30T02:00:00Z') })
  try {
    // 海北: 国庆 1–7 Oct off; 8, 9 and the 调休 Saturday 10 Oct worked.
    expect((await applyResidence(wang)).deadline).toBe('2026-10-10T15:59:59.999Z')
    // 凤凰岭: 1, 2 and Monday 5 Oct.
    expect((await applyResidence(guo)).deadline).toBe('2026-10-05T15:59:59.999Z')
  } finally {
    await system.admin('clock', { now: null })
  }
})

test("the district and residents cannot read or write a street's settings", async () => {
  const district = await signIn(system, 'demo-district-1')
  for (const [u, action] of [
    [district, 'certificate.wording'],
    [district, 'sla.setLimits'],
    [wang, 'certificate.saveWording'],
    [guo, 'certificate.saveType'],
  ] as const)
    expect([action, (await u.call(action, {})).error?.code]).toEqual([action, 'FORBIDDEN'])
})

test('已办结 closes by itself after its own street’s delay (凤凰岭 5 days, 海北 3)', async () => {
  const DAY = 86_400_000
  const t0 = Date.now()
  const at = async (ms: number) => {
    await system.admin('clock', { now: ms })
    await system.admin('tick')
  }
  await at(t0)
  const resolved = async (u: GatewayUser, worker: string, buildingId: string) => {
    const { id } = await fileReport(u, buildingId)
    const w = await signIn(system, worker)
    let d = await ok<ReportDetail>(w, 'report.get', { id })
    await ok(w, 'report.transition', { id, version: d.version, action: 'accept' })
    d = await ok<ReportDetail>(w, 'report.get', { id })
    const photo = await w.upload(`uploads/${worker}/20261201/done-${id}.jpg`, TINY_JPEG)
    await ok(w, 'report.transition', {
      id,
      version: d.version,
      action: 'resolve',
      note: '已处理',
      photos: [photo],
    })
    return id
  }
  const hb = await resolved(wang, 'demo-grid-1', 'b-xinhua-1-1')
  const fh = await resolved(guo, 'demo-fh-grid-1', 'b-fh-yuan-1')
  const state = async (office: GatewayUser, id: string) =>
    (await ok<ReportDetail>(office, 'report.get', { id })).state
  await at(t0 + 3 * DAY + 10 * 60_000)
  expect([await state(hbOffice, hb), await state(fhOffice, fh)]).toEqual(['closed', 'resolved'])
  await at(t0 + 5 * DAY + 10 * 60_000)
  expect(await state(fhOffice, fh)).toBe('closed')
}, 120_000)

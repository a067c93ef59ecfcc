import type {
  ApplicationDetail,
  ApplicationSummary,
  CatalogueEntry,
  VerifyResult,
  WordingView,
} from '@shared/contracts/certificate'
import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import type { SlaSettings } from '@shared/contracts/sla'
import { DEFAULT_TEXTS } from '@shared/certificates'
import { DEFAULT_LIMITS } from '@shared/reports'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { validIdNumber } from '../support/id-numbers'
import { sdkFor } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * A street's settings are its own (issue 20): 海北 and 凤凰岭 of the demo seed. When 凤凰岭's office
 * changes its time limits, certificate catalogue, work calendar or certificate wording, 海北 keeps
 * its own; each report and application follows its street's; each certificate names its street.
 */
let system: System
let hbOffice: GatewayUser
let fhOffice: GatewayUser
let wang: GatewayUser // demo-resident-1, 海北 新华小区1号楼 2单元 301
let guo: GatewayUser // demo-fh-resident-1, 凤凰岭 凤苑小区1号楼 1单元 201

const HOMES = {
  'demo-resident-1': {
    name: '王秀兰',
    address: { communityId: 'c-xinhua', buildingId: 'b-xinhua-1-1', unit: '2单元', room: '301' },
  },
  'demo-fh-resident-1': {
    name: '郭红',
    address: { communityId: 'c-fh-yuan', buildingId: 'b-fh-yuan-1', unit: '1单元', room: '201' },
  },
} as const

beforeAll(async () => {
  system = await startSystem()
  ;[hbOffice, fhOffice, wang, guo] = await Promise.all(
    ['demo-office-1', 'demo-fh-office-1', 'demo-resident-1', 'demo-fh-resident-1'].map((o) =>
      signIn(system, o),
    ),
  )
}, 120_000)
afterAll(async () => {
  await system.admin('clock', { now: null })
  await system.stop()
})

async function ok<T>(u: GatewayUser, action: string, payload: object): Promise<T> {
  const r = await u.call<T>(action, payload)
  if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`)
  return r.data
}

let seq = 0
async function applyResidence(u: GatewayUser): Promise<ApplicationSummary> {
  const n = ++seq
  const home = HOMES[u.openid as keyof typeof HOMES]
  const file = (k: string) => u.upload(`uploads/${u.openid}/20261201/${k}-${n}.jpg`, TINY_JPEG)
  const input = {
    name: home.name,
    idNumber: validIdNumber(),
    phone: '13904731234',
    address: home.address,
    purpose: 'school',
    attachments: [
      { kind: 'idCard', fileID: await file('id') },
      { kind: 'housing', fileID: await file('house') },
    ],
    requestId: `settings-${n}-${Date.now()}`,
  }
  return (
    await ok<{ application: ApplicationSummary }>(u, 'certificate.apply', {
      typeKey: 'residence',
      input,
    })
  ).application
}

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

test("a street's wording: checked, its own, and on each certificate of its street", async () => {
  const before = await ok<WordingView>(hbOffice, 'certificate.wording', {})
  expect(before.issuer).toBe('海北街道办事处')
  const fhWording = await ok<WordingView>(fhOffice, 'certificate.wording', {})
  expect(fhWording).toMatchObject({ issuer: '凤凰岭街道办事处', texts: DEFAULT_TEXTS })

  const text = '兹证明 {姓名}（身份证号 {身份证号}）系本街道{住址}常住居民。用于{用途}。'
  const bad: Array<[object, string, RegExp]> = [
    [
      { residence: '兹证明 {姓名} {身份证号} {电话}' },
      'texts.residence',
      /“\{电话\}”不是可用的填空/,
    ],
    [{ residence: '兹证明 {姓名} 住在{住址}' }, 'texts.residence', /须包含 \{身份证号\}/],
    [{ hardship: '兹证明 {姓名 {身份证号}' }, 'texts.hardship', /不成对的花括号/],
  ]
  for (const [texts, field, message] of bad) {
    const r = await fhOffice.call('certificate.saveWording', {
      issuer: '凤凰岭街道办事处',
      texts: { ...DEFAULT_TEXTS, ...texts },
    })
    expect(r.error).toMatchObject({
      code: 'INVALID_INPUT',
      fields: { [field]: expect.stringMatching(message) },
    })
  }
  const long = await fhOffice.call('certificate.saveWording', {
    issuer: '凤'.repeat(41),
    texts: DEFAULT_TEXTS,
  })
  expect(long.error?.fields?.issuer).toMatch(/出具单位应为 2–40 个字/)
  expect(await ok(fhOffice, 'certificate.wording', {})).toEqual(fhWording)

  const saved = await ok<WordingView>(fhOffice, 'certificate.saveWording', {
    issuer: '凤凰岭街道办事处（便民服务中心）',
    texts: { ...DEFAULT_TEXTS, residence: text },
    streetId: 'haibei',
  })
  expect(saved).toMatchObject({
    issuer: '凤凰岭街道办事处（便民服务中心）',
    texts: { residence: text },
  })
  expect(await ok(hbOffice, 'certificate.wording', {})).toEqual(before)

  const issue = async (u: GatewayUser, office: GatewayUser) => {
    const a = await applyResidence(u)
    const d = await ok<ApplicationDetail>(office, 'certificate.get', { id: a.id })
    await ok(office, 'certificate.approve', { id: a.id, version: d.version })
    return ok<ApplicationDetail>(u, 'certificate.get', { id: a.id })
  }
  const fhApp = await issue(guo, fhOffice)
  const fh = fhApp.certificate!
  const hb = (await issue(wang, hbOffice)).certificate!
  expect(fh.issuer).toBe('凤凰岭街道办事处（便民服务中心）')
  // The holder reads their ID masked in the text too, as everywhere else.
  expect(fh.body).toMatch(
    /^兹证明 郭红（身份证号 150\*+\d{3}[\dX]）系本街道凤苑社区 凤苑小区1号楼 1单元 201常住居民。用于/,
  )
  expect(hb.issuer).toBe('海北街道办事处')
  expect(hb.body).toMatch(/^兹证明 王秀兰（公民身份号码 150\*+\d{3}[\dX]）现居住于新华社区/)
  const verified = async (code: string) => ok<VerifyResult>(wang, 'certificate.verify', { code })
  expect((await verified(fh.code)).issuer).toBe('凤凰岭街道办事处（便民服务中心）')
  expect((await verified(hb.code)).issuer).toBe('海北街道办事处')

  // Paper already handed out keeps the words it was issued with.
  await ok(fhOffice, 'certificate.saveWording', {
    issuer: '凤凰岭街道办事处',
    texts: DEFAULT_TEXTS,
  })
  const again = await ok<ApplicationDetail>(guo, 'certificate.get', { id: fhApp.id })
  expect(again.certificate).toMatchObject({ issuer: fh.issuer, body: fh.body })
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

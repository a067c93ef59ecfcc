import type {
  ApplicationDetail,
  ApplicationSummary,
  VerifyResult,
} from '@shared/contracts/certificate'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { validIdNumber } from '../support/id-numbers'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'
import { anonToken } from '../support/http-api'

let system: System
let cloud: WxCloud
let wang: GatewayUser // demo-resident-1, bound at 新华小区1号楼 2单元 301
let li: GatewayUser // demo-resident-2, another resident
let office: GatewayUser
let seq = 0

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  ;[wang, li, office] = await Promise.all([
    signIn(system, 'demo-resident-1'),
    signIn(system, 'demo-resident-2'),
    signIn(system, 'demo-office-1'),
  ])
})
afterAll(() => system.stop())

const WANG_HOME = {
  communityId: 'c-xinhua',
  buildingId: 'b-xinhua-1-1',
  unit: '2单元',
  room: '301',
}
const count = async (c: string) => (await cloud.database().collection(c).count()).total

async function residenceInput(user = wang, extra: Record<string, unknown> = {}) {
  const n = ++seq
  const idCard = await user.upload(`uploads/${user.openid}/20261123/id-${n}.jpg`, TINY_JPEG)
  const housing = await user.upload(`uploads/${user.openid}/20261123/house-${n}.jpg`, TINY_JPEG)
  return {
    name: '王秀兰',
    idNumber: validIdNumber(),
    phone: '13904731234',
    address: WANG_HOME,
    purpose: 'school',
    attachments: [
      { kind: 'idCard', fileID: idCard },
      { kind: 'housing', fileID: housing },
    ],
    requestId: `cert-${n}-${Date.now()}`,
    ...extra,
  }
}

async function applyOk(input?: Record<string, unknown>): Promise<ApplicationSummary> {
  const r = await wang.call<{ application: ApplicationSummary }>('certificate.apply', {
    typeKey: 'residence',
    input: input ?? (await residenceInput()),
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.application
}
const detail = async (u: GatewayUser, id: string) =>
  (await u.call<ApplicationDetail>('certificate.get', { id })).data

test('the catalogue is public and lists 居住证明 and 贫困证明 with their guides', async () => {
  const anon = await fetch(`${system.url}/v1/functions/certificate`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await anonToken(system)}`,
    },
    body: JSON.stringify({ action: 'certificate.catalogue', payload: {} }),
  }).then((r) => r.json())
  expect(anon.ok).toBe(true)
  expect(anon.data.types.map((t: { name: string }) => t.name)).toEqual(['居住证明', '贫困证明'])
  expect(anon.data.types[0].guide.prepare.length).toBeGreaterThan(0)
})

test('the whole life: apply → request material → resubmit → approve → verify → revoke', async () => {
  const a = await applyOk()
  expect(a).toMatchObject({ state: 'submitted', stateLabel: '待审核', applicantName: '王秀兰' })
  expect(Date.parse(a.deadline!)).toBeGreaterThan(Date.now())
  // The applicant sees the ID masked; the office sees it whole.
  expect((await detail(wang, a.id)).idNumber).toMatch(/^150\*+\d{3}[\dX]$/)
  expect((await detail(office, a.id)).idNumber).toBe(validIdNumber())

  let d = await detail(office, a.id)
  const asked = await office.call<{ application: ApplicationDetail }>(
    'certificate.requestMaterial',
    {
      id: a.id,
      version: d.version,
      note: '租房合同已过期，请上传有效期内的合同',
    },
  )
  expect(asked.data.application).toMatchObject({
    state: 'needMaterial',
    decisionNote: expect.stringContaining('租房合同'),
  })
  const mine = await detail(wang, a.id)
  expect(mine.actions).toEqual(['resubmit'])
  expect(mine.form).not.toHaveProperty('idNumber')

  const again = await wang.call<{ application: ApplicationDetail }>('certificate.resubmit', {
    id: a.id,
    version: mine.version,
    input: { ...(await residenceInput()), idNumber: undefined }, // the ID on file is kept
  })
  expect(again.ok).toBe(true)
  expect(again.data.application.state).toBe('submitted')

  d = await detail(office, a.id)
  const ok = await office.call<{ application: ApplicationDetail }>('certificate.approve', {
    id: a.id,
    version: d.version,
  })
  expect(ok.ok).toBe(true)
  const cert = ok.data.application.certificate!
  expect(cert.serial).toMatch(/^JZ-2026-\d{6}$/)
  expect(cert).toMatchObject({ status: 'valid', issuer: '海北街道办事处' })
  expect(cert.verifyUrl).toBe(`${system.url}/#/pages/verify/index?code=${cert.code}`)
  expect(cert.qr.length).toBeGreaterThanOrEqual(21)
  expect(ok.data.application.events.map((e) => e.action)).toEqual([
    'apply',
    'requestMaterial',
    'resubmit',
    'approve',
  ])

  // A bank checks it, without signing in; the holder sees who checked.
  const anon = await verifyAnon(cert.code.toLowerCase(), '工商银行海北支行')
  expect(anon.ok).toBe(true)
  expect(anon.data).toMatchObject({
    status: 'valid',
    typeName: '居住证明',
    holderName: '王**',
    serial: cert.serial,
  })
  expect(anon.data.idNumber).not.toContain('19620514')
  expect((await detail(wang, a.id)).verifications).toEqual([
    expect.objectContaining({ verifier: '工商银行海北支行', channel: '网页' }),
  ])

  d = await detail(office, a.id)
  expect(
    (
      await office.call('certificate.revoke', {
        id: a.id,
        version: d.version,
        note: '承诺内容不实',
      })
    ).ok,
  ).toBe(true)
  const after = await verifyAnon(cert.code)
  expect(after.data).toMatchObject({ status: 'revoked', revokeReason: '承诺内容不实' })
  // Messages reached the applicant at each step.
  const msgs = await cloud
    .database()
    .collection('messages')
    .where({ toOpenid: 'demo-resident-1', refId: a.id })
    .count()
  expect(msgs.total).toBe(3) // requestMaterial, approve, revoke
})

async function verifyAnon(code: string, verifier?: string) {
  return (await fetch(`${system.url}/v1/functions/certificate`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await anonToken(system)}`,
    },
    body: JSON.stringify({ action: 'certificate.verify', payload: { code, verifier } }),
  }).then((r) => r.json())) as { ok: boolean; data: VerifyResult; error?: { code: string } }
}

test('a rejected application shows the reason and can be corrected and resubmitted', async () => {
  const a = await applyOk()
  const d = await detail(office, a.id)
  const r = await office.call<{ application: ApplicationDetail }>('certificate.reject', {
    id: a.id,
    version: d.version,
    reasonKey: 'unclear',
    note: '身份证照片模糊',
  })
  expect(r.data.application).toMatchObject({
    state: 'rejected',
    decisionNote: '材料不清晰：身份证照片模糊',
  })
  const mine = await detail(wang, a.id)
  expect(mine.decisionNote).toBe('材料不清晰：身份证照片模糊')
  const again = await wang.call('certificate.resubmit', {
    id: a.id,
    version: mine.version,
    input: await residenceInput(),
  })
  expect(again.ok).toBe(true)
})

test('another resident cannot see it; a resident cannot approve; nobody but the office reviews', async () => {
  const a = await applyOk()
  expect(await li.call('certificate.get', { id: a.id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
  const v = (await detail(wang, a.id)).version
  for (const action of [
    'certificate.approve',
    'certificate.reject',
    'certificate.revoke',
    'certificate.queue',
  ])
    expect(
      await wang.call(action, { id: a.id, version: v, reasonKey: 'other', note: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  expect(await li.call('certificate.resubmit', { id: a.id, version: v, input: {} })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
  expect((await detail(wang, a.id)).state).toBe('submitted')
  const q = await office.call<{ items: ApplicationSummary[]; counts: Record<string, number> }>(
    'certificate.queue',
    {
      filter: 'submitted',
    },
  )
  expect(q.data.items.map((i) => i.id)).toContain(a.id)
  expect(q.data.counts.submitted).toBeGreaterThanOrEqual(1)
})

test('a double submit with one requestId gives one application', async () => {
  const input = await residenceInput()
  const before = await count('applications')
  const [x, y] = await Promise.all([
    wang.call<{ application: ApplicationSummary }>('certificate.apply', {
      typeKey: 'residence',
      input,
    }),
    wang.call<{ application: ApplicationSummary }>('certificate.apply', {
      typeKey: 'residence',
      input,
    }),
  ])
  expect(x.data.application.id).toBe(y.data.application.id)
  expect(await count('applications')).toBe(before + 1)
})

test('concurrent approvals get distinct, consecutive serial numbers', async () => {
  const apps = await Promise.all(
    Array.from({ length: 12 }, () => residenceInput()).map(async (p) => applyOk(await p)),
  )
  const versions = await Promise.all(apps.map(async (a) => (await detail(office, a.id)).version))
  const office2 = await signIn(system, 'demo-office-1')
  const results = await Promise.all(
    apps.map((a, i) =>
      (i % 2 ? office : office2).call<{ application: ApplicationDetail }>('certificate.approve', {
        id: a.id,
        version: versions[i],
      }),
    ),
  )
  expect(results.every((r) => r.ok)).toBe(true)
  const seqs = results
    .map((r) => Number(r.data.application.certificate!.serial.slice(-6)))
    .sort((p, q) => p - q)
  expect(new Set(seqs).size).toBe(12)
  expect(seqs.at(-1)! - seqs[0]).toBe(11)
  // Approving one twice: the second gets a conflict and issues nothing.
  const again = await office.call('certificate.approve', { id: apps[0].id, version: versions[0] })
  expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
})

test('verify: an unknown code is not found, a malformed one is invalid, floods are limited', async () => {
  expect((await verifyAnon('ABCD-EFGH-JKMN')).error?.code).toBe('NOT_FOUND')
  expect((await verifyAnon('123')).error?.code).toBe('INVALID_INPUT')
  const flood = await Promise.all(Array.from({ length: 70 }, () => verifyAnon('ABCDEFGHJKMN')))
  expect(flood.some((r) => r.error?.code === 'RATE_LIMITED')).toBe(true)
})

describe('bad input gets a clear error and writes nothing', () => {
  const cases: Array<[string, () => Promise<Record<string, unknown>>, string]> = [
    [
      'wrong check digit',
      async () => ({
        ...(await residenceInput()),
        idNumber: validIdNumber().slice(0, 17) + (validIdNumber().endsWith('1') ? '2' : '1'),
      }),
      'idNumber',
    ],
    [
      'no ID card photo',
      async () => ({ ...(await residenceInput()), attachments: [] }),
      'attachments.idCard',
    ],
    [
      'someone else’s upload',
      async () => {
        const input = await residenceInput()
        const other = await li.upload(`uploads/demo-resident-2/20261123/x-${++seq}.jpg`, TINY_JPEG)
        return { ...input, attachments: [{ kind: 'idCard', fileID: other }, input.attachments[1]] }
      },
      'attachments',
    ],
    [
      'another address than the bound one',
      async () => ({ ...(await residenceInput()), address: { ...WANG_HOME, room: '302' } }),
      'address',
    ],
    [
      'a promise with another name',
      async () => ({
        ...(await residenceInput()),
        attachments: (await residenceInput()).attachments.slice(0, 1),
        promise: { accepted: true, signedName: '李建国' },
      }),
      'promise',
    ],
  ]
  test.each(cases)('%s', async (_label, make, field) => {
    const before = await count('applications')
    const r = await wang.call('certificate.apply', { typeKey: 'residence', input: await make() })
    expect(r.ok).toBe(false)
    expect(r.error?.code).toBe('INVALID_INPUT')
    expect(r.error?.fields?.[field]).toMatch(/[\u4e00-\u9fa5]/)
    expect(await count('applications')).toBe(before)
  })
  test('an unknown type', async () => {
    const r = await wang.call('certificate.apply', {
      typeKey: 'marriage',
      input: await residenceInput(),
    })
    expect(r.error?.code).toBe('INVALID_INPUT')
  })
})

test('the office can pause a type: new applications are refused with a clear message', async () => {
  const save = (enabled: boolean) =>
    office.call('certificate.saveType', {
      key: 'hardship',
      enabled,
      timeLimitDays: 5,
      validityMonths: 6,
      promiseAllowed: true,
    })
  expect((await save(false)).ok).toBe(true)
  expect(
    (
      await wang.call('certificate.saveType', {
        key: 'hardship',
        enabled: true,
        timeLimitDays: 5,
        validityMonths: 6,
        promiseAllowed: true,
      })
    ).error?.code,
  ).toBe('FORBIDDEN')
  const r = await wang.call('certificate.apply', {
    typeKey: 'hardship',
    input: {
      ...(await residenceInput()),
      purpose: 'medicalAid',
      householdSize: 3,
      monthlyIncome: 600,
      reason: '家中老人长期患病，医疗支出较大，收入较低',
      attachments: (await residenceInput()).attachments.slice(0, 1),
      promise: { accepted: true, signedName: '王秀兰' },
    },
  })
  expect(r.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('暂停') })
  expect((await save(true)).ok).toBe(true)
})

test('the office keeps the holiday calendar; a limit in working days follows it', async () => {
  const calendar = await office.call<{ holidays: string[]; workdays: string[] }>(
    'certificate.calendar',
    {},
  )
  expect(calendar.data?.holidays).toContain('2026-10-01')
  expect(calendar.data?.workdays).toContain('2026-10-10')
  expect((await wang.call('certificate.calendar', {})).error?.code).toBe('FORBIDDEN')
  const bad = await office.call('certificate.saveCalendar', {
    holidays: ['2026-02-30'],
    workdays: [],
  })
  expect(bad.error).toMatchObject({
    code: 'INVALID_INPUT',
    message: expect.stringContaining('2026-02-30'),
  })
  expect((await office.call('certificate.calendar', {})).data).toEqual(calendar.data)
  // Wednesday 30 Sep 2026, 10:00 Beijing: 居住证明 is decided within 3 working days.
  await system.admin('clock', { now: Date.parse('2026-09-30T02:00:00Z') })
  try {
    // 国庆 1–7 Oct off; 8, 9 and the 调休 Saturday 10 Oct worked.
    expect((await applyOk()).deadline).toBe('2026-10-10T15:59:59.999Z')
    const none = await office.call('certificate.saveCalendar', { holidays: [], workdays: [] })
    expect(none.ok).toBe(true)
    // Without holidays: 1, 2 and Monday 5 Oct.
    expect((await applyOk()).deadline).toBe('2026-10-05T15:59:59.999Z')
  } finally {
    await office.call('certificate.saveCalendar', calendar.data)
    await system.admin('clock', { now: null })
  }
})

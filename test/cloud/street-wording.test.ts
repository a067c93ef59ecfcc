import type { ApplicationDetail, VerifyResult, WordingView } from '@shared/contracts/certificate'
import { DEFAULT_TEXTS } from '@shared/certificates'
import type { GatewayUser } from '../support/gateway'
import { startSignedIn } from '../support/signed-in'
import type { System } from '../support/system'
import { applyResidence, ok } from '../support/two-streets'

/**
 * A certificate's wording is its street's (issue 20): 凤凰岭's office edits its 出具单位 and texts,
 * checked with clear Chinese errors; 海北 keeps its own; each certificate names its own street.
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
afterAll(() => system.stop())

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

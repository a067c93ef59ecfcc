import type { ApplicationDetail, ApplicationSummary } from '@shared/contracts/certificate'
import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { validIdNumber } from '../support/id-numbers'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * The office hears of what it must act on (office-audience.ts): a case an office user already
 * took part in goes to that user only; an unclaimed 吹哨 to the whole office; a new application
 * to nobody (the digest's 待审核 and the console's queue), its correction to the reviewer who
 * asked for it.
 */
let system: System
let cloud: WxCloud
let wang: GatewayUser
let grid1: GatewayUser
let office: GatewayUser
const OTHER = 'demo-office-2'

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  ;[wang, grid1, office] = await Promise.all(
    ['demo-resident-1', 'demo-grid-1', 'demo-office-1'].map((o) => signIn(system, o)),
  )
  // A second clerk of the street office, who took part in none of the cases below.
  await cloud
    .database()
    .collection('users')
    .add({
      data: {
        _id: OTHER,
        role: 'office',
        streetId: 'haibei',
        name: '李科员',
        phone: '13604730002',
      },
    })
}, 60_000)
afterAll(() => system.stop())

const told = async (openid: string, refId: string) =>
  (
    (await cloud.database().collection('messages').where({ toOpenid: openid, refId }).get())
      .data as Array<{ title: string }>
  ).map((m) => m.title)
const version = async (u: GatewayUser, id: string) =>
  (await u.call<ReportDetail>('report.get', { id })).data.version
async function act(u: GatewayUser, id: string, action: string, extra: object = {}) {
  const r = await u.call('report.transition', {
    id,
    version: await version(u, id),
    action,
    ...extra,
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
}

test('an unclaimed 吹哨 reaches the office; once a clerk dispatched it, only that clerk', async () => {
  const r = await wang.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'noise',
    description: '楼上装修噪音，晚上十点以后还在施工',
    photos: [],
    location: { kind: 'address', buildingId: 'b-xinhua-1-2' },
    urgency: 'normal',
    requestId: 'office-aud-1-xxxxxxxx',
  })
  const id = r.data.report.id
  await act(grid1, id, 'escalate', { reason: '需要城管执法' })
  expect(await told('demo-office-1', id)).toEqual(['吹哨上报，请督办'])
  expect(await told(OTHER, id)).toEqual(['吹哨上报，请督办'])
  await act(office, id, 'dispatch', { to: { kind: 'grid', id: 'g-xinhua-2' }, note: '请再协调' })
  await act(await signIn(system, 'demo-grid-2'), id, 'escalate', { reason: '协调无果，仍需执法' })
  expect(await told('demo-office-1', id)).toEqual(['吹哨上报，请督办', '吹哨上报，请督办'])
  expect(await told(OTHER, id)).toEqual(['吹哨上报，请督办']) // not theirs: not told again
})

test('a new application tells no clerk; its correction tells the reviewer who asked for it', async () => {
  const upload = (n: string) => wang.upload(`uploads/demo-resident-1/20261123/${n}.jpg`, TINY_JPEG)
  const input = async (n: string) => ({
    name: '王秀兰',
    idNumber: validIdNumber(),
    phone: '13904731234',
    address: { communityId: 'c-xinhua', buildingId: 'b-xinhua-1-1', unit: '2单元', room: '301' },
    purpose: 'school',
    attachments: [
      { kind: 'idCard', fileID: await upload(`id-${n}`) },
      { kind: 'housing', fileID: await upload(`house-${n}`) },
    ],
    requestId: `office-aud-cert-${n}-${Date.now()}`,
  })
  const a = await wang.call<{ application: ApplicationSummary }>('certificate.apply', {
    typeKey: 'residence',
    input: await input('a'),
  })
  expect(a.ok).toBe(true)
  const id = a.data.application.id
  expect(await told('demo-office-1', id)).toEqual([])
  expect(await told(OTHER, id)).toEqual([])
  const get = async (u: GatewayUser) =>
    (await u.call<ApplicationDetail>('certificate.get', { id })).data.version
  const asked = await office.call('certificate.requestMaterial', {
    id,
    version: await get(office),
    note: '租房合同已过期，请上传有效期内的合同',
  })
  expect(asked.ok).toBe(true)
  const again = await wang.call('certificate.resubmit', {
    id,
    version: await get(wang),
    input: { ...(await input('b')), idNumber: undefined },
  })
  expect(again.ok).toBe(true)
  expect(await told('demo-office-1', id)).toEqual(['申请已重新提交：居住证明'])
  expect(await told(OTHER, id)).toEqual([])
})

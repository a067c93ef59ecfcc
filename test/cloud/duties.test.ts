import type { ApplicationDetail, ApplicationSummary } from '@shared/contracts/certificate'
import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { validIdNumber } from '../support/id-numbers'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * Separation of duties and current assignment: nobody handles the report they filed or reviews
 * the application they made; handler rights follow the caller's assignment when they act.
 */
let system: System
let cloud: WxCloud
let wang: GatewayUser // demo-resident-1
let grid1: GatewayUser // worker of g-xinhua-1
let pm1: GatewayUser // 绿城物业, which manages 新华小区
let office: GatewayUser

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  ;[wang, grid1, pm1, office] = await Promise.all(
    ['demo-resident-1', 'demo-grid-1', 'demo-property-1', 'demo-office-1'].map((o) =>
      signIn(system, o),
    ),
  )
})
afterAll(() => system.stop())

let seq = 0
async function file(u: GatewayUser, target: 'grid' | 'property', buildingId = 'b-xinhua-1-1') {
  const photo = await u.upload(`uploads/${u.openid}/20261123/d${++seq}.jpg`, TINY_JPEG)
  const r = await u.call<{ report: ReportSummary }>('report.create', {
    target,
    categoryKey: 'lighting',
    description: '楼道灯坏了',
    photos: [photo],
    location: { kind: 'address', buildingId },
    urgency: 'normal',
    requestId: `duty-${++seq}-abcdefgh`,
    // The no-callback rule: a caller without a verified phone says 不需要回电.
    noCallback: true,
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.report.id
}
const stored = async (id: string) =>
  (await cloud.database().collection('reports').doc(id).get()).data
const get = async (u: GatewayUser, id: string) =>
  (await u.call<ReportDetail>('report.get', { id })).data
const act = (u: GatewayUser, id: string, version: number, action: string, extra = {}) =>
  u.call<ReportDetail>('report.transition', { id, version, action, ...extra })
const SELF = { ok: false, error: { code: 'FORBIDDEN', message: '不能办理本人提交的报事' } }

test('a grid worker who files in their own grid gets no handler’s button and cannot handle it', async () => {
  const id = await file(grid1, 'grid')
  const mine = await get(grid1, id)
  expect(mine.actions).toEqual([])
  for (const action of ['accept', 'escalate', 'return'])
    expect(await act(grid1, id, mine.version, action, { reason: '原因' })).toMatchObject(SELF)
  const to = { kind: 'grid', id: 'g-xinhua-2' }
  expect(await act(grid1, id, mine.version, 'transfer', { reason: '原因', to })).toMatchObject(SELF)
  expect(await stored(id)).toMatchObject({ state: 'submitted', version: 1 })
  // The office dispatches it to someone else, who handles it; the reporter confirms as reporter.
  expect((await act(office, id, 1, 'dispatch', { to, note: '请第二网格处理' })).ok).toBe(true)
  expect((await stored(id)).handler.id).toBe('g-xinhua-2')
})

test('the same for property staff reporting to their own company', async () => {
  const id = await file(pm1, 'property')
  expect((await get(pm1, id)).actions).toEqual([])
  expect(await act(pm1, id, 1, 'accept')).toMatchObject(SELF)
  expect((await stored(id)).state).toBe('submitted')
})

test('handler rights follow the current assignment: the retired worker loses them, the new one has them', async () => {
  const id = await file(wang, 'grid', 'b-xinhua-2-1') // g-xinhua-2, demo-grid-2's
  const grid2 = await signIn(system, 'demo-grid-2')
  expect((await act(grid2, id, 1, 'accept')).ok).toBe(true)
  expect((await office.call('grid.retireWorker', { id: 'g-xinhua-2' })).ok).toBe(true)
  expect(await grid2.call('report.get', { id })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
  expect(await act(grid2, id, 2, 'note', { note: '还在处理' })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
  // A newcomer takes the grid by invitation: the report (its staff list still names the old
  // worker) is theirs to finish.
  await cloud
    .database()
    .collection('users')
    .add({ data: { _id: 'duty-new', role: 'resident', name: '' } })
  const newcomer = await signIn(system, 'duty-new')
  const invite = await office.call<{ code: string }>('grid.createInvite', {
    role: 'grid_worker',
    gridId: 'g-xinhua-2',
    name: '吴新',
  })
  expect((await newcomer.call('user.redeemInvite', { code: invite.data.code })).ok).toBe(true)
  const theirs = await get(newcomer, id)
  expect(theirs.actions).toEqual(expect.arrayContaining(['note', 'resolve']))
  expect(theirs.reporter).toEqual({ name: '王秀兰', phone: '13804731234' })
  expect((await stored(id)).handler.staffOpenids).toEqual(['demo-grid-2'])
})

test('an office clerk cannot approve, reject or revoke their own application; a colleague can', async () => {
  await office.call('user.bindAddress', {
    communityId: 'c-lvyuan',
    buildingId: 'b-lvyuan-1-1',
    unit: '1单元',
    room: '101',
  })
  const upload = (n: string) =>
    office.upload(`uploads/demo-office-1/20261123/${n}-${++seq}.jpg`, TINY_JPEG)
  const applied = await office.call<{ application: ApplicationSummary }>('certificate.apply', {
    typeKey: 'residence',
    input: {
      name: '陈主任',
      idNumber: validIdNumber('555'),
      phone: '13604730001',
      address: { communityId: 'c-lvyuan', buildingId: 'b-lvyuan-1-1', unit: '1单元', room: '101' },
      purpose: 'school',
      attachments: [
        { kind: 'idCard', fileID: await upload('id') },
        { kind: 'housing', fileID: await upload('house') },
      ],
      requestId: `duty-cert-${Date.now()}`,
    },
  })
  expect(applied.ok).toBe(true)
  const id = applied.data.application.id
  const own = (await office.call<ApplicationDetail>('certificate.get', { id })).data
  expect(own.actions).toEqual([]) // no 审核 buttons on one's own; submitted: nothing to resubmit
  const SELF_REVIEW = { ok: false, error: { code: 'FORBIDDEN', message: '不能审核本人的申请' } }
  const v = own.version
  expect(await office.call('certificate.approve', { id, version: v })).toMatchObject(SELF_REVIEW)
  expect(
    await office.call('certificate.reject', { id, version: v, reasonKey: 'unclear' }),
  ).toMatchObject(SELF_REVIEW)
  expect(
    await office.call('certificate.requestMaterial', { id, version: v, note: '补户口本' }),
  ).toMatchObject(SELF_REVIEW)
  const row = async () =>
    (await cloud.database().collection('applications').doc(id).get()).data as { state: string }
  expect((await row()).state).toBe('submitted')
  await cloud
    .database()
    .collection('users')
    .add({
      data: { _id: 'duty-office-2', role: 'office', streetId: 'haibei', name: '周科长' },
    })
  const colleague = await signIn(system, 'duty-office-2')
  const seen = (await colleague.call<ApplicationDetail>('certificate.get', { id })).data
  expect(seen.actions).toEqual(expect.arrayContaining(['approve', 'reject']))
  expect((await colleague.call('certificate.approve', { id, version: v })).ok).toBe(true)
  expect(
    await office.call('certificate.revoke', { id, version: v + 1, note: '自己撤销' }),
  ).toMatchObject(SELF_REVIEW)
  expect((await row()).state).toBe('approved')
})

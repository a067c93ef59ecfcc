import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { sdkFor } from '../support/sdk'
import { startSystem, type System } from '../support/system'

// XB_TPL_REPORT_STATUS_LONG=1: the status template is a long-term one (长期订阅) — for the
// functions (their environment) and for the emulator's WeChat (the template's kind).
let system: System
let wang: GatewayUser
let grid1: GatewayUser

beforeAll(async () => {
  system = await startSystem({ env: { XB_TPL_REPORT_STATUS_LONG: '1' } })
  // 10:00 Beijing, frozen: outside the quiet night hours that hold pushes back.
  await system.admin('clock', { now: Date.UTC(2026, 10, 23, 2, 0, 0) })
  ;[wang, grid1] = await Promise.all(
    ['demo-resident-1', 'demo-grid-1'].map((o) => signIn(system, o)),
  )
}, 60_000)
afterAll(() => system.stop())

async function act(u: GatewayUser, id: string, action: string, extra: object = {}) {
  const { data } = await u.call<ReportDetail>('report.get', { id })
  const r = await u.call('report.transition', { id, version: data.version, action, ...extra })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
}
const statusOf = async () =>
  (
    await wang.call<{ grants: Array<{ template: string; remaining: number; askAgain: boolean }> }>(
      'user.grants',
      {},
    )
  ).data.grants.find((g) => g.template === 'reportStatus')!
const phrases = async () =>
  (
    (
      await sdkFor(system)
        .database()
        .collection('subscribe_messages')
        .where({ toOpenid: 'demo-resident-1', templateId: 'TPL_REPORT_STATUS' })
        .get()
    ).data as Array<{ data: { phrase2: { value: string } } }>
  ).map((m) => m.data.phrase2.value)

test('one accepted long-term grant carries both 受理 and 办结, and is not asked for again', async () => {
  await system.admin('grant', { openid: wang.openid, templateId: 'TPL_REPORT_STATUS' })
  await wang.call('user.recordGrants', { answers: { TPL_REPORT_STATUS: 'accept' } })
  const r = await wang.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'noise',
    description: '夜间噪音，楼上一直在拖动家具，影响休息已经很久了',
    photos: [],
    location: { kind: 'address', buildingId: 'b-xinhua-1-2' },
    urgency: 'normal',
    requestId: 'long-term-1-xxxxxxxx',
    noCallback: true,
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  const id = r.data.report.id
  await act(grid1, id, 'accept')
  await act(grid1, id, 'resolve', {
    note: '已协调，晚上不再施工',
    photos: [await grid1.upload('uploads/demo-grid-1/20261123/long.jpg', TINY_JPEG)],
  })
  expect(await phrases()).toEqual(expect.arrayContaining(['处理中', '已办结']))
  expect((await phrases()).length).toBe(2)
  expect(await statusOf()).toMatchObject({ remaining: 1, askAgain: false })
  // The user's no (in a later prompt) ends it: nothing more goes, and the app may ask again.
  await wang.call('user.recordGrants', { answers: { TPL_REPORT_STATUS: 'reject' } })
  expect(await statusOf()).toMatchObject({ remaining: 0, askAgain: true })
})

import type { MyCard, MyGrid } from '@shared/contracts/grid'
import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import type { MyProfile } from '@shared/contracts/user'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * Real people (issue 14): verified phones with consent, staff cards kept by staff, staff changes
 * that hand over the work, and WeChat's content security before anything is stored.
 */
let system: System
let cloud: WxCloud
let office: GatewayUser

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  office = await signIn(system, 'demo-office-1')
})
afterAll(() => system.stop())

const db = () => cloud.database()
const row = async (coll: string, id: string) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- stored rows are read field by field
  (await db().collection(coll).where({ _id: id }).get()).data[0] as Record<string, any> | undefined
const count = async (coll: string, where: object = {}) =>
  (await db().collection(coll).where(where).count()).total
const mint = async (phone: string) =>
  (await system.admin<{ code: string }>('phone-code', { phone })).code

let seq = 0
async function file(u: GatewayUser, buildingId: string, description = '楼道灯坏了') {
  const photo = await u.upload(`uploads/${u.openid}/20261201/p${++seq}.jpg`, TINY_JPEG)
  return u.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'lighting',
    description,
    photos: [photo],
    location: { kind: 'address', buildingId },
    urgency: 'normal',
    requestId: `people-${++seq}-abcdefgh`,
    // The no-callback rule: a caller without a verified phone says 不需要回电.
    noCallback: true,
  })
}

describe('a resident’s verified phone and name, with consent', () => {
  test('a good code gives the WeChat-verified number and records the consent', async () => {
    const newcomer = await signIn(system, 'wx-people-1') // never seen: no user row
    const r = await newcomer.call<MyProfile>('user.bindPhone', { code: await mint('13512345678') })
    expect(r).toMatchObject({ ok: true, data: { phone: '13512345678' } })
    expect(r.data.consents).toEqual([
      { purpose: 'phone', policyVersion: expect.any(String), at: expect.any(String) },
    ])
    const stored = await row('users', 'wx-people-1')
    expect(stored).toMatchObject({ role: 'resident', phone: '13512345678' })
    expect(stored?.consents[0]).toMatchObject({ purpose: 'phone' })
    const named = await newcomer.call<MyProfile>('user.saveProfile', { name: ' 阿依古丽.买买提 ' })
    expect(named.data.name).toBe('阿依古丽·买买提')
    expect(named.data.consents.map((c) => c.purpose).sort()).toEqual(['name', 'phone'])
    const bad = await newcomer.call('user.saveProfile', { name: 'abc' })
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { name: expect.any(String) } },
    })
    // Unbinding removes the number and withdraws (keeps the record of) the consent.
    const un = await newcomer.call<MyProfile>('user.unbindPhone', {})
    expect(un.data).toMatchObject({ phone: '' })
    expect(un.data.consents.map((c) => c.purpose)).toEqual(['name'])
    expect((await row('users', 'wx-people-1'))?.consents[0].withdrawnAt).toBeTruthy()
  })

  test('a used, unknown or expired code is refused like WeChat refuses it; nothing changes', async () => {
    const u = await signIn(system, 'demo-resident-3')
    const code = await mint('13512340099')
    expect((await u.call('user.bindPhone', { code })).ok).toBe(true)
    const again = await u.call('user.bindPhone', { code })
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '手机号授权已失效，请重新点击获取' },
    })
    expect((await u.call('user.bindPhone', { code: 'never-minted' })).error?.code).toBe(
      'INVALID_INPUT',
    )
    const old = await mint('13512340088')
    const now = Date.now()
    await system.admin('clock', { now: now + 6 * 60_000 }) // WeChat's codes live 5 minutes
    try {
      expect((await u.call('user.bindPhone', { code: old })).error?.code).toBe('INVALID_INPUT')
    } finally {
      await system.admin('clock', { now: null })
    }
    expect((await row('users', 'demo-resident-3'))?.phone).toBe('13512340099')
  })

  test('a WeChat failure is a clear error and stores nothing', async () => {
    const u = await signIn(system, 'wx-people-2')
    const code = await mint('13512340077')
    await system.admin('wx-outage', { openapi: 1 })
    expect(await u.call('user.bindPhone', { code })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: '微信暂时无法提供手机号，请稍后再试' },
    })
    expect(await row('users', 'wx-people-2')).toBeUndefined()
  })

  test('deleting the account keeps the reports, detached from the person', async () => {
    const u = await signIn(system, 'wx-people-3')
    await u.call('user.bindAddress', {
      communityId: 'c-xinhua',
      buildingId: 'b-xinhua-1-2',
      unit: '1单元',
      room: '101',
    })
    await u.call('user.bindPhone', { code: await mint('13512340066') })
    await u.call('user.saveProfile', { name: '吴一凡' })
    const filed = await file(u, 'b-xinhua-1-2')
    expect(filed.ok).toBe(true)
    const id = filed.data.report.id
    expect((await row('reports', id))?.reporter).toEqual({ name: '吴一凡', phone: '13512340066' })
    expect((await u.call('user.deleteAccount', {})).error?.code).toBe('INVALID_INPUT')
    expect((await u.call('user.deleteAccount', { confirm: true })).ok).toBe(true)
    expect((await row('reports', id))?.reporter).toEqual({ name: '已注销用户', phone: '' })
    const user = await row('users', 'wx-people-3')
    expect(user).toMatchObject({ name: '', deletedAt: expect.anything() })
    expect(user?.phone).toBeUndefined()
    expect(user?.address).toBeUndefined()
    expect(user?.consents).toBeUndefined()
    const staff = await signIn(system, 'demo-grid-6')
    expect((await staff.call('user.deleteAccount', { confirm: true })).error?.code).toBe(
      'FORBIDDEN',
    )
  })
})

describe('content security', () => {
  test('a refused description stores nothing: no report, no photo copy, no notice', async () => {
    const wang = await signIn(system, 'demo-resident-1')
    const before = [await count('reports'), await count('messages'), await count('files')]
    const r = await file(wang, 'b-xinhua-1-1', '楼下有人卖测试违禁词，请处理')
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '内容含有违规信息，请修改后再提交' },
    })
    // The upload itself is one file; nothing was claimed or stored after it.
    const after = [await count('reports'), await count('messages'), await count('files')]
    expect(after).toEqual([before[0], before[1], before[2] + 1])
  })

  test('a refused note leaves the report as it was; a 待审 text passes', async () => {
    const wang = await signIn(system, 'demo-resident-1')
    const ok = await file(wang, 'b-xinhua-1-1', '路灯不亮，测试待审词')
    expect(ok.ok).toBe(true)
    const id = ok.data.report.id
    const grid1 = await signIn(system, 'demo-grid-1')
    const r = await grid1.call('report.transition', {
      id,
      version: 1,
      action: 'accept',
      note: '测试违禁词',
    })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '内容含有违规信息，请修改后再提交' },
    })
    expect(await row('reports', id)).toMatchObject({ state: 'submitted', version: 1 })
  })
})

describe('staff cards', () => {
  test('a worker edits their own card; 我的网格员 shows exactly that and nothing invented', async () => {
    const grid1 = await signIn(system, 'demo-grid-1')
    const bad = await grid1.call('grid.saveCard', {
      phone: '12345',
      wechatId: '1ab',
      duties: 'x'.repeat(201),
    })
    expect(bad.error?.fields).toEqual({
      phone: expect.any(String),
      wechatId: expect.any(String),
      duties: expect.any(String),
    })
    const photo = await grid1.upload('uploads/demo-grid-1/20261201/me.jpg', TINY_JPEG)
    const saved = await grid1.call<MyCard>('grid.saveCard', {
      photo,
      phone: '139-0473-2001',
      wechatId: 'zhang_hy',
      title: '',
      duties: '巡查走访',
      hours: '',
      onLeave: true,
    })
    expect(saved.data).toMatchObject({
      phone: '13904732001',
      wechatId: 'zhang_hy',
      title: '',
      onLeave: true,
    })
    expect(saved.data.photo).toMatch(/^cloud:\/\/.*attached\/cards\/demo-grid-1\//)
    // photoUrl is a temporary link, signed anew (time and signature) at each read.
    const unsigned = (c: MyCard) => ({ ...c, photoUrl: c.photoUrl.split('?')[0] })
    const card = (await grid1.call<MyCard>('grid.myCard', {})).data
    expect(unsigned(card)).toEqual(unsigned(saved.data))
    const wang = await signIn(system, 'demo-resident-1')
    const g = (await wang.call<MyGrid>('grid.mine', {})).data
    expect(g.worker).toMatchObject({
      title: '',
      duties: '巡查走访',
      hours: '',
      phone: '13904732001',
      phonePublished: true,
      onLeave: true,
    })
    expect(g.worker?.photo).toMatch(/^http/)
    // No phone published: the resident is told so, rather than "only residents of the grid".
    await grid1.call('grid.saveCard', { ...saved.data, phone: '', openid: undefined })
    const none = (await wang.call<MyGrid>('grid.mine', {})).data.worker
    expect(none).toMatchObject({ phone: '', phonePublished: false })
  })

  test('only the office edits someone else’s card', async () => {
    const grid3 = await signIn(system, 'demo-grid-3')
    expect(
      (await grid3.call('grid.saveCard', { openid: 'demo-grid-1', duties: '改' })).error?.code,
    ).toBe('FORBIDDEN')
    const r = await office.call<MyCard>('grid.saveCard', {
      openid: 'demo-grid-3',
      title: '专职网格员',
      hours: '工作日',
    })
    expect(r.data).toMatchObject({
      openid: 'demo-grid-3',
      title: '专职网格员',
      hours: '工作日',
      phone: '',
    })
    expect((await office.call('grid.saveCard', { openid: 'demo-resident-1' })).error?.code).toBe(
      'NOT_FOUND',
    )
  })

  test('office staff are invited like other staff; the office removes property staff', async () => {
    const inv = await office.call<{ code: string }>('grid.createInvite', {
      role: 'office',
      name: '林晓',
    })
    expect(inv.ok).toBe(true)
    const lin = await signIn(system, 'wx-people-office')
    expect((await lin.call('user.redeemInvite', { code: inv.data.code })).data).toMatchObject({
      role: 'office',
    })
    const staff = await lin.call<{ staff: Array<{ openid: string; role: string }> }>(
      'grid.staff',
      {},
    )
    expect(staff.data.staff).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ openid: 'demo-property-2', role: 'property_staff' }),
      ]),
    )
    expect((await lin.call('grid.retireStaff', { openid: 'demo-property-2' })).ok).toBe(true)
    const qian = await signIn(system, 'demo-property-2')
    expect((await qian.call('report.inbox', {})).error?.code).toBe('FORBIDDEN')
    expect((await lin.call('grid.retireStaff', { openid: 'wx-people-office' })).error?.code).toBe(
      'CONFLICT',
    )
    expect((await lin.call('grid.retireStaff', { openid: 'demo-grid-1' })).error?.code).toBe(
      'NOT_FOUND',
    )
  })
})

describe('staff changes hand over the work', () => {
  test('a new worker takes the grid with its open reports; the replaced one loses them all', async () => {
    const li = await signIn(system, 'demo-resident-2')
    const grid4 = await signIn(system, 'demo-grid-4')
    const a = (await file(li, 'b-binhe-2-1')).data.report.id
    const b = (await file(li, 'b-binhe-2-1')).data.report.id
    expect(
      (await grid4.call('report.transition', { id: b, version: 1, action: 'accept' })).ok,
    ).toBe(true)
    // The invitation says who is replaced and what moves, and needs a yes.
    const ask = await office.call('grid.createInvite', {
      role: 'grid_worker',
      gridId: 'g-binhe-2',
      name: '韩梅',
    })
    expect(ask).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { confirm: expect.stringContaining('高文') } },
    })
    expect(ask.error?.message).toContain('2 件未办结')
    expect(await count('invitations', { gridId: 'g-binhe-2' })).toBe(0)
    const inv = await office.call<{ code: string; replaces: unknown }>('grid.createInvite', {
      role: 'grid_worker',
      gridId: 'g-binhe-2',
      name: '韩梅',
      confirm: true,
    })
    expect(inv.data.replaces).toEqual({ name: '高文', openReports: 2 })
    const han = await signIn(system, 'wx-people-han')
    expect((await han.call('user.redeemInvite', { code: inv.data.code })).ok).toBe(true)
    // The newcomer opens and accepts the old report, and carries on the accepted one.
    const got = await han.call<ReportDetail>('report.get', { id: a })
    expect(got.data.actions).toEqual(expect.arrayContaining(['accept']))
    expect((await han.call('report.transition', { id: a, version: 1, action: 'accept' })).ok).toBe(
      true,
    )
    expect(
      (await han.call('report.transition', { id: b, version: 2, action: 'note', note: '已联系' }))
        .ok,
    ).toBe(true)
    // The replaced worker is refused everywhere.
    for (const id of [a, b]) {
      expect((await grid4.call('report.get', { id })).error?.code).toBe('FORBIDDEN')
      expect(
        (await grid4.call('report.transition', { id, version: 3, action: 'note', note: '我来' }))
          .error?.code,
      ).toBe('FORBIDDEN')
    }
    const inbox = await grid4.call<{ items: ReportSummary[] }>('report.inbox', {})
    expect(inbox.data?.items ?? []).toEqual([])
    // An urge on the old report reaches the worker who holds the grid now, not the one it was filed to.
    const told = async () =>
      Promise.all(
        ['wx-people-han', 'demo-grid-4'].map((to) => count('messages', { toOpenid: to, refId: b })),
      )
    const before = await told()
    const urged = await office.call('report.transition', {
      id: b,
      version: 3,
      action: 'urge',
      note: '请尽快',
    })
    expect(urged.ok).toBe(true)
    expect(await told()).toEqual([before[0] + 1, before[1]])
  })

  test('new-task notices go to the current worker; re-dispatch to the same grid once its worker changed', async () => {
    const li = await signIn(system, 'demo-resident-2')
    const grid5 = await signIn(system, 'demo-grid-5')
    void grid5
    const id = (await file(li, 'b-lvyuan-1-1')).data.report.id
    expect((await row('reports', id))?.handler.staffOpenids).toEqual(['demo-grid-5'])
    // Same grid, same worker: only the clock would restart, so it is still refused.
    const to = { kind: 'grid', id: 'g-lvyuan-1' }
    const same = await office.call('report.transition', {
      id,
      version: 1,
      action: 'dispatch',
      to,
      note: '请处理',
    })
    expect(same.error?.message).toBe('已是当前承办方')
    const inv = await office.call<{ code: string }>('grid.createInvite', {
      role: 'grid_worker',
      gridId: 'g-lvyuan-1',
      name: '秦岚',
      confirm: true,
    })
    await (await signIn(system, 'wx-people-qin')).call('user.redeemInvite', { code: inv.data.code })
    const again = await office.call('report.transition', {
      id,
      version: 1,
      action: 'dispatch',
      to,
      note: '请新网格员处理',
    })
    expect(again.ok).toBe(true)
    expect((await row('reports', id))?.handler.staffOpenids).toEqual(['wx-people-qin'])
    expect(await count('messages', { toOpenid: 'wx-people-qin', refId: id })).toBe(1)
    // A report filed now reaches the new worker, not the old one.
    const next = (await file(li, 'b-lvyuan-1-1')).data.report.id
    expect(await count('messages', { toOpenid: 'wx-people-qin', refId: next })).toBe(1)
    expect(await count('messages', { toOpenid: 'demo-grid-5', refId: next })).toBe(0)
  })
})

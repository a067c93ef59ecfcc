import type { ApplicationDetail, ApplicationSummary } from '@shared/contracts/certificate'
import { TINY_JPEG, type GatewayUser } from '../support/gateway'
import { validIdNumber } from '../support/id-numbers'
import { messagesTo } from '../support/messages'
import type { WxCloud } from '../support/sdk'
import { startSignedIn } from '../support/signed-in'
import type { System } from '../support/system'

/**
 * Real people, issue 14: 代办证明 — a grid worker applies for a certificate for a resident (with an
 * account or without), the application is the resident's, and the filer may open it afterwards
 * only while they hold the grid.
 */
let system: System
let cloud: WxCloud
let wang: GatewayUser // demo-resident-1, home 新华小区1号楼 2单元 301 (g-xinhua-1)
let grid1: GatewayUser // worker of g-xinhua-1
let grid2: GatewayUser // worker of g-xinhua-2
let office: GatewayUser

beforeAll(async () => {
  const openids = ['demo-resident-1', 'demo-grid-1', 'demo-grid-2', 'demo-office-1']
  ;({
    system,
    cloud,
    users: [wang, grid1, grid2, office],
  } = await startSignedIn(openids))
})
afterAll(() => system.stop())

let seq = 0
const messagesOf = (openid: string, refId: string) => messagesTo(cloud, openid, refId)

async function residence(by: GatewayUser, name: string, address: object) {
  const n = ++seq
  const idCard = await by.upload(`uploads/${by.openid}/20261201/id-${n}.jpg`, TINY_JPEG)
  const housing = await by.upload(`uploads/${by.openid}/20261201/house-${n}.jpg`, TINY_JPEG)
  return {
    name,
    idNumber: validIdNumber(String(200 + n)),
    phone: '13912345678',
    address,
    purpose: 'school',
    attachments: [
      { kind: 'idCard', fileID: idCard },
      { kind: 'housing', fileID: housing },
    ],
    requestId: `behalf-cert-${n}-${Date.now()}`,
  }
}
const WANG_HOME = {
  communityId: 'c-xinhua',
  buildingId: 'b-xinhua-1-1',
  unit: '2单元',
  room: '301',
}

test('代办证明: the application is the resident’s, shows who applied for them, and follows the same rules', async () => {
  const r = await grid1.call<{ application: ApplicationSummary }>('certificate.apply', {
    typeKey: 'residence',
    input: await residence(grid1, '王秀兰', WANG_HOME),
    onBehalf: { kind: 'account', openid: 'demo-resident-1' },
  })
  expect(r.ok).toBe(true)
  const id = r.data.application.id
  const mine = await wang.call<{ items: ApplicationSummary[] }>('certificate.listMine', {})
  expect(mine.data.items.map((a) => a.id)).toContain(id)
  const own = (await wang.call<ApplicationDetail>('certificate.get', { id })).data
  expect(own.events[0]).toMatchObject({ action: 'apply', note: '网格员 张海燕 代居民办理' })
  // The resident's home is the one checked: another address is refused.
  const elsewhere = { ...WANG_HOME, room: '302' }
  expect(
    await grid1.call('certificate.apply', {
      typeKey: 'residence',
      input: await residence(grid1, '王秀兰', elsewhere),
      onBehalf: { kind: 'account', openid: 'demo-resident-1' },
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { address: expect.any(String) } },
  })
  // Another grid's worker may not; a person without an account is applied for at the form's address.
  const person = { kind: 'person', name: '刘桂芳', phone: '13912345678' }
  const other = await grid2.call('certificate.apply', {
    typeKey: 'residence',
    input: await residence(grid2, '刘桂芳', { ...WANG_HOME, room: '401' }),
    onBehalf: person,
  })
  expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  const p = await grid1.call<{ application: ApplicationSummary }>('certificate.apply', {
    typeKey: 'residence',
    input: await residence(grid1, '刘桂芳', { ...WANG_HOME, room: '401' }),
    onBehalf: person,
  })
  expect(p.ok).toBe(true)
  // The office's decision reaches the worker as a reminder to phone the person.
  const { version } = (
    await office.call<ApplicationDetail>('certificate.get', { id: p.data.application.id })
  ).data
  expect(
    (
      await office.call('certificate.requestMaterial', {
        id: p.data.application.id,
        version,
        note: '请补充户口本',
      })
    ).ok,
  ).toBe(true)
  const told = await messagesOf('demo-grid-1', p.data.application.id)
  expect(told.map((m) => m.title)).toContainEqual(
    expect.stringMatching(/^请致电居民告知：居住证明/),
  )
})

test('the worker who filed 代办 opens it afterwards, as its handler, while they hold the grid', async () => {
  const r = await grid1.call<{ application: ApplicationSummary }>('certificate.apply', {
    typeKey: 'residence',
    input: await residence(grid1, '王秀兰', WANG_HOME),
    onBehalf: { kind: 'account', openid: 'demo-resident-1' },
  })
  const id = r.data.application.id
  const seen = await grid1.call<ApplicationDetail>('certificate.get', { id })
  expect(seen.ok).toBe(true)
  // The name and phone to call the resident back; never the ID number (the office's alone).
  expect(seen.data).toMatchObject({ phone: '13912345678', form: { name: '王秀兰' } })
  expect(seen.data.idNumber).toBe('')
  const files = seen.data.attachments.map((f) => f.fileID)
  const urls = await grid1.call<{ urls: Record<string, string> }>('user.fileUrls', {
    fileIDs: files,
  })
  expect(Object.keys(urls.data.urls).sort()).toEqual([...files].sort())
  // Another grid's worker may not open it.
  expect(await grid2.call('certificate.get', { id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
  // Once the office retires them from the grid, neither may the filer (decided when they look).
  expect((await office.call('grid.retireWorker', { id: 'g-xinhua-1' })).ok).toBe(true)
  expect(await grid1.call('certificate.get', { id })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
  const after = await grid1.call<{ urls: Record<string, string> }>('user.fileUrls', {
    fileIDs: files,
  })
  expect(after.data?.urls ?? {}).toEqual({})
})

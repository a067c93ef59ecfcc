import type { ImportResult, StreetBrief } from '@shared/contracts/street-import'
import { signIn, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { downloadTemplate, PLACE_COLLS, XLSX } from '../support/street-sheets'
import { startSystem, type System } from '../support/system'

/**
 * A second street goes live by its spreadsheet alone (issue 20): the district creates it (name
 * and code unique in the district, each mistake named on its field) and imports the file into
 * it; an office still imports only into its own street, and no other street sees the new one's
 * places.
 */
let system: System
let cloud: WxCloud
let district: GatewayUser
let hbOffice: GatewayUser
let fhOffice: GatewayUser
let template: Buffer

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  ;[district, hbOffice, fhOffice] = await Promise.all(
    ['demo-district-1', 'demo-office-1', 'demo-fh-office-1'].map((o) => signIn(system, o)),
  )
  template = (await downloadTemplate(district)).bytes
}, 120_000)
afterAll(() => system.stop())

let n = 0
async function importAs(u: GatewayUser, streetId?: string) {
  const fileID = await u.upload(`uploads/${u.openid}/20261201/onboard-${n++}.xlsx`, template, XLSX)
  return u.call<ImportResult>('grid.importStreet', { fileID, ...(streetId ? { streetId } : {}) })
}

const counts = () =>
  Promise.all(PLACE_COLLS.map(async (c) => (await cloud.database().collection(c).count()).total))

test('a new street: its name and code are checked and must be unique in the district', async () => {
  const create = (name: unknown, code: unknown) =>
    district.call<StreetBrief>('grid.createStreet', { name, code })
  expect((await create('', 'QS')).error).toMatchObject({
    code: 'INVALID_INPUT',
    fields: { name: '请填写街道名称' },
  })
  expect((await create('青山街道', 'Q1')).error).toMatchObject({
    code: 'INVALID_INPUT',
    fields: { code: expect.stringContaining('两个英文字母') },
  })
  expect((await create('青山街道<script>', 'QS')).error?.fields?.name).toMatch(/汉字/)
  // 凤凰岭 is FH; 海北 has no code of its own and numbers its reports BS.
  for (const code of ['FH', 'fh', 'BS'])
    expect((await create('青山街道', code)).error).toMatchObject({
      code: 'CONFLICT',
      fields: { code: '街道代码已被使用' },
    })
  expect((await create('海北街道', 'QS')).error).toMatchObject({
    code: 'CONFLICT',
    fields: { name: '街道名称已被使用' },
  })
  // Two creations of one code at once: one street.
  const [a, b] = await Promise.all([create('青山街道', 'qs'), create('青山街道', 'QS')])
  expect([a.ok, b.ok].sort()).toEqual([false, true])
  expect((a.ok ? a : b).data).toEqual({ id: 'st-qs', name: '青山街道', code: 'QS' })
  expect((a.ok ? b : a).error?.code).toBe('CONFLICT')
  // Only the district creates streets.
  expect(
    (await hbOffice.call('grid.createStreet', { name: '某街道', code: 'MM' })).error?.code,
  ).toBe('FORBIDDEN')

  const listed = async (u: GatewayUser) =>
    (await u.call<{ streets: StreetBrief[] }>('grid.streets', {})).data.streets.map((s) => s.id)
  expect((await listed(district)).sort()).toEqual(['fenghuang', 'haibei', 'st-qs'])
  expect(await listed(fhOffice)).toEqual(['fenghuang'])
})

test('the district imports the new street’s spreadsheet into it; an office only into its own', async () => {
  const before = await counts()
  const unnamed = await importAs(district)
  expect(unnamed.error).toMatchObject({ code: 'INVALID_INPUT', message: '请选择要导入的街道' })
  expect((await importAs(district, 'st-nowhere')).error?.code).toBe('NOT_FOUND')
  expect((await importAs(hbOffice, 'st-qs')).error?.code).toBe('NOT_FOUND')
  expect(await counts()).toEqual(before)

  const r = await importAs(district, 'st-qs')
  expect(r.data).toMatchObject({ errors: [], streetId: 'st-qs' })
  expect(r.data.imported?.buildings).toEqual({ created: 2, updated: 0 })
  const { data: b } = await cloud.database().collection('buildings').doc('b-st-qs-xinhua-1').get()
  expect(b).toMatchObject({ streetId: 'st-qs', gridId: 'g-st-qs-xinhua-1' })
  // 海北's own items of the same codes are untouched: the codes are per street.
  expect(await counts()).toEqual(before.map((c, i) => c + [2, 1, 2, 2, 2][i]))
})

test("no other street's office sees the new street's grids, companies or ledger", async () => {
  for (const office of [hbOffice, fhOffice]) {
    const h = await office.call<{ handlers: Array<{ id: string }> }>('grid.handlers', {})
    expect(h.data.handlers.filter((x) => x.id.includes('st-qs'))).toEqual([])
    const ledger = await office.call('grid.ledger', {})
    expect(JSON.stringify(ledger.data)).not.toContain('st-qs')
    const places = await office.call('grid.places', {})
    expect(JSON.stringify(places.data)).not.toContain('st-qs')
  }
})

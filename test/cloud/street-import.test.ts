import ExcelJS from 'exceljs'
import gcoord from 'gcoord'
import type { ImportResult } from '@shared/contracts/street-import'
import { signIn, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { downloadTemplate, PLACE_COLLS, XLSX } from '../support/street-sheets'
import { startSystem, type System } from '../support/system'

/**
 * Onboarding a street from the spreadsheet (grid.importTemplate → fill → upload →
 * grid.importStreet): every error with its sheet, row and column and nothing written; a clean
 * file imported whole; a re-import updating by code without duplicating.
 */
let system: System
let cloud: WxCloud
let office: GatewayUser
let template: Buffer

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  office = await signIn(system, 'demo-office-1')
  const t = await downloadTemplate(office)
  template = t.bytes
  // Recorded as an export, so the retention rule deletes it with the other downloads.
  const { data } = await cloud.database().collection('exports').limit(100).get()
  expect(data.map((e: { fileID: string }) => e.fileID)).toContain(t.fileID)
})
afterAll(() => system.stop())

async function workbook(edit: (wb: ExcelJS.Workbook) => void = () => undefined): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(template as unknown as ArrayBuffer)
  edit(wb)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

let n = 0
async function importFile(bytes: Buffer) {
  const fileID = await office.upload(
    `uploads/demo-office-1/20261201/street-${n++}.xlsx`,
    bytes,
    XLSX,
  )
  return office.call<ImportResult>('grid.importStreet', { fileID })
}

/** Documents per collection (the street's imported ones carry a code). */
async function counts(): Promise<number[]> {
  const db = cloud.database()
  return Promise.all(PLACE_COLLS.map(async (c) => (await db.collection(c).count()).total as number))
}

const set = (wb: ExcelJS.Workbook, sheet: string, row: number, col: number, v: string | number) => {
  wb.getWorksheet(sheet)!.getRow(row).getCell(col).value = v
}

test('the template has a 说明 sheet and a sheet per kind, headers and examples', async () => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(template as unknown as ArrayBuffer)
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    '说明',
    '社区',
    '物业公司',
    '小区',
    '网格',
    '楼栋',
  ])
  const b = wb.getWorksheet('楼栋')!
  expect(b.getRow(1).getCell(1).value).toBe('楼栋编号*')
  expect(b.rowCount).toBeGreaterThanOrEqual(3)
})

test('10 planted errors: all 10 reported with sheet, row and column, and nothing is written', async () => {
  const before = await counts()
  const bytes = await workbook((wb) => {
    set(wb, '社区', 3, 2, '') // 1 empty name
    wb.getWorksheet('社区')!.addRow(['xinhua', '重复社区', '']) // 2 duplicate code (row 4)
    set(wb, '物业公司', 2, 3, '电话打不通') // 3 bad phone
    set(wb, '小区', 3, 3, 'nowhere') // 4 unknown community
    set(wb, '网格', 3, 4, 'BD-09') // 5 unknown coordinate system
    set(wb, '网格', 3, 5, '106.8,39.67 106.81,39.67') // 6 two corners only
    set(wb, '楼栋', 2, 6, 0) // 7 floors out of range
    wb.getWorksheet('楼栋')!.addRow([
      'x-4',
      '4号楼',
      'xinhua',
      'xinhua-1',
      '1单元',
      6,
      2,
      '',
      106.8,
      'abc',
    ]) // 8 lat (row 4)
    wb.getWorksheet('楼栋')!.addRow([
      'x-5',
      '5号楼',
      'xinhua',
      'xinhua-1',
      '1单元',
      6,
      2,
      '',
      106.9,
      39.674,
    ]) // 9 outside its grid (row 5)
    wb.getWorksheet('楼栋')!.addRow([
      'x-6',
      '6号楼',
      'xinhua',
      'ghost',
      '1单元',
      6,
      2,
      '',
      106.803,
      39.674,
    ]) // 10 unknown grid (row 6)
  })
  const r = await importFile(bytes)
  expect(r.ok).toBe(true)
  expect(r.data.imported).toBeNull()
  expect(r.data.errors.map((e) => [e.sheet, e.row, e.column])).toEqual([
    ['社区', 3, 'B 社区名称'],
    ['社区', 4, 'A 社区编号'],
    ['物业公司', 2, 'C 服务电话'],
    ['小区', 3, 'C 社区编号'],
    ['网格', 3, 'D 坐标系'],
    ['网格', 3, 'E 边界坐标'],
    ['楼栋', 2, 'F 层数'],
    ['楼栋', 4, 'J 纬度'],
    ['楼栋', 5, 'I 经度'],
    ['楼栋', 6, 'D 网格编号'],
  ])
  for (const e of r.data.errors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/)
  expect(r.data.errors[1].message).toBe('编号“xinhua”与第 2 行重复')
  expect(r.data.errors[8].message).toBe('楼栋位置不在网格“新华社区第一网格”的边界内')
  expect(await counts()).toEqual(before)
})

test('a clean file is imported whole; a re-import updates by code without duplicating', async () => {
  const before = await counts()
  const wgs = (wb: ExcelJS.Workbook) => {
    set(wb, '网格', 3, 4, 'WGS-84')
    set(wb, '楼栋', 3, 8, 'WGS-84')
  }
  const first = await importFile(await workbook(wgs))
  expect(first.data.errors).toEqual([])
  expect(first.data.imported).toEqual({
    communities: { created: 2, updated: 0 },
    companies: { created: 1, updated: 0 },
    compounds: { created: 2, updated: 0 },
    grids: { created: 2, updated: 0 },
    buildings: { created: 2, updated: 0 },
  })
  expect(await counts()).toEqual(before.map((c, i) => c + [2, 1, 2, 2, 2][i]))
  const db = cloud.database()
  const { data: b } = await db.collection('buildings').doc('b-haibei-xinhua-1').get()
  expect(b).toMatchObject({
    streetId: 'haibei',
    code: 'xinhua-1',
    name: '新华小区1号楼',
    gridId: 'g-haibei-xinhua-1',
    compoundId: 'cp-haibei-xinhua',
    communityId: 'c-haibei-xinhua',
    units: ['1单元', '2单元', '3单元'],
    floors: 6,
    roomsPerFloor: 2,
  })
  // A GeoJSON point; the SDK hands it back as a db.Geo.Point.
  expect([b.location.longitude, b.location.latitude]).toEqual([106.8033, 39.674])
  // WGS-84 rows are stored in GCJ-02, converted with gcoord.
  const { data: g } = await db.collection('grids').doc('g-haibei-binhe-1').get()
  const expected = gcoord.transform([106.8, 39.678], gcoord.WGS84, gcoord.GCJ02)
  expect(g.polygon[0][0][0]).toBeCloseTo(expected[0], 8)
  expect(g.polygon[0][0][1]).toBeCloseTo(expected[1], 8)
  expect(g.polygon[0][0][0]).not.toBeCloseTo(106.8, 3)
  const { data: cp } = await db.collection('compounds').doc('cp-haibei-xinhua').get()
  expect(cp.propertyCompanyId).toBe('pc-haibei-lvcheng')

  // The office assigns the grid's worker after the import; a re-import must keep it.
  await db
    .collection('grids')
    .doc('g-haibei-xinhua-1')
    .update({ data: { workerOpenid: 'demo-grid-1' } })
  const again = await importFile(
    await workbook((wb) => {
      wgs(wb)
      set(wb, '楼栋', 2, 2, '新华小区一号楼')
    }),
  )
  expect(again.data.errors).toEqual([])
  expect(again.data.imported?.buildings).toEqual({ created: 0, updated: 2 })
  expect(again.data.imported?.grids).toEqual({ created: 0, updated: 2 })
  expect(await counts()).toEqual(before.map((c, i) => c + [2, 1, 2, 2, 2][i]))
  const { data: named } = await db.collection('buildings').where({ code: 'xinhua-1' }).get()
  expect(named.map((x: { name: string }) => x.name)).toEqual(['新华小区一号楼'])
  const { data: kept } = await db.collection('grids').doc('g-haibei-xinhua-1').get()
  expect(kept.workerOpenid).toBe('demo-grid-1')
})

test('someone else’s upload or a file that is no spreadsheet is refused, nothing written', async () => {
  const other = await office.call('grid.importStreet', {
    fileID: 'cloud://xb-test.bucket/uploads/demo-office-2/20261201/x.xlsx',
  })
  expect(other.error?.code).toBe('INVALID_INPUT')
  const junk = await importFile(Buffer.from('PK not really a zip'))
  expect(junk.data.errors[0].message).toMatch(/不是有效的 .xlsx/)
})

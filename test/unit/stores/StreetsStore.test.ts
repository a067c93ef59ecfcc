import type { StreetBrief } from '@shared/contracts/street-import'
import { AppError } from '@shared/errors'
import { ImportStore } from '@/pages/office/street-import/ImportStore'
import { StreetsStore } from '@/pages/office/street-import/StreetsStore'
import type { FilePicker } from '@/services/files/types'
import { FakeCloud } from '../../support/fake-cloud'

/** The district's side of 街道数据导入: choosing or creating the street the file goes into. */
const STREETS: StreetBrief[] = [
  { id: 'haibei', name: '海北街道', code: 'BS' },
  { id: 'fenghuang', name: '凤凰岭街道', code: 'FH' },
]
const XLSX = { name: '青山.xlsx', bytes: 1000, file: 'tmp://qs.xlsx' }
const picker = { pickXlsx: async () => XLSX } as unknown as FilePicker

function setup() {
  const list = [...STREETS]
  const cloud = new FakeCloud()
    .on('grid.streets', () => ({ streets: [...list] }))
    .on('grid.createStreet', (p) => {
      const { name, code } = p as { name: string; code: string }
      if (list.some((s) => s.code === code))
        throw new AppError('CONFLICT', `代码 ${code} 已被使用`, { code: '街道代码已被使用' })
      const made = { id: `st-${code.toLowerCase()}`, name, code }
      list.push(made)
      return made
    })
    .on('grid.importStreet', (p) => ({
      errors: [],
      imported: null,
      streetId: (p as { streetId?: string }).streetId ?? 'own',
    }))
  const streets = new StreetsStore(cloud)
  const imports = new ImportStore(
    cloud,
    picker,
    () => 'demo-district-1',
    () => streets.chosen,
  )
  return { cloud, streets, imports }
}

test('a mistake in the form shows under its field, before any call', async () => {
  const { cloud, streets } = setup()
  streets.set('name', '')
  streets.set('code', 'Q1')
  expect(await streets.create()).toBe(false)
  expect(streets.errors).toMatchObject({
    name: '请填写街道名称',
    code: expect.stringMatching(/两个英文字母/),
  })
  expect(cloud.calls.filter((c) => c.action === 'grid.createStreet')).toEqual([])
})

test("the server's refusal (a code in use) shows under the code; a created street is chosen", async () => {
  const { streets } = setup()
  await streets.streets.load()
  streets.set('name', '青山街道')
  streets.set('code', 'FH')
  expect(await streets.create()).toBe(false)
  expect(streets.errors.code).toBe('街道代码已被使用')
  streets.set('code', 'QS')
  expect(await streets.create()).toBe(true)
  expect(streets.chosen).toBe('st-qs')
  expect(streets.chosenName).toBe('青山街道')
  expect(streets.streets.value?.map((s) => s.id)).toContain('st-qs')
})

test('the district imports only once a street is chosen, and into that street', async () => {
  const { cloud, streets, imports } = setup()
  await imports.pickAndImport()
  expect(imports.error).toBe('请先选择或新建要导入的街道')
  expect(cloud.calls.filter((c) => c.action === 'grid.importStreet')).toEqual([])
  streets.choose('fenghuang')
  await imports.pickAndImport()
  expect(imports.result?.streetId).toBe('fenghuang')
  expect(cloud.calls.find((c) => c.action === 'grid.importStreet')?.payload).toMatchObject({
    streetId: 'fenghuang',
  })
})

test('an office imports into its own street: no street is sent', async () => {
  const cloud = new FakeCloud().on('grid.importStreet', (p) => ({
    errors: [],
    imported: null,
    streetId: 'own',
    sent: p,
  }))
  const imports = new ImportStore(cloud, picker, () => 'demo-office-1')
  await imports.pickAndImport()
  expect(cloud.calls[0].payload).not.toHaveProperty('streetId')
})

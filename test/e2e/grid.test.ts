import ExcelJS from 'exceljs'
import { shot } from './support/browser'
import { contextAs, useSystemAndBrowser } from './support/system'

const t = useSystemAndBrowser()

test('a new resident binds a home → 我的网格员 shows that grid’s worker with a call button; the map highlights it', async () => {
  const page = await (await contextAs(t.browser, t.system, 'wx-e2e-newcomer')).newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${t.system.url}/#/pages/home/index`)
  await page.getByText('我的网格员', { exact: true }).first().click()
  await page.getByText('绑定住址后，就能看到您的网格员').waitFor({ timeout: 15000 })
  await page.getByText('绑定住址', { exact: true }).click()
  const pick = (option: string) => page.locator('.chip', { hasText: option }).first().click()
  await pick('滨河社区')
  await pick('滨河花园3号楼')
  await pick('2单元')
  await page.locator('input[placeholder="如：301"]').fill('501')
  await page.getByText('保存住址', { exact: true }).click()
  // Back on 我的网格员: the worker of 滨河社区第二网格 (滨河花园3号楼 lies there), with a phone.
  await page.getByText('高文').waitFor({ timeout: 15000 })
  await page.getByText(/打电话 1390473200\d/).waitFor()
  await page.screenshot({ path: shot('my-grid'), fullPage: true })
  await page.getByText('查看网格地图 ›').click()
  await page.locator('.grid-map__grid--mine').waitFor({ timeout: 15000 })
  expect(await page.locator('[data-grid="g-binhe-2"] .grid-map__grid--mine').count()).toBe(1)
  await page.screenshot({ path: shot('grid-map'), fullPage: true })
  await page.locator('[data-grid="g-xinhua-1"] polygon').click() // tap another grid on the drawing
  await page.locator('.grid-map__info', { hasText: '网格员：张海燕' }).waitFor()
  expect(errors).toEqual([])
})

test('the street office exports 网格台账 and the file opens with one row per grid', async () => {
  const page = await (await contextAs(t.browser, t.system, 'demo-office-1')).newPage()
  await page.goto(`${t.system.url}/#/pages/office/ledger/index`)
  await page
    .locator('.data-table__row', { hasText: '新华社区第一网格' })
    .first()
    .waitFor({ timeout: 15000 })
  await page.screenshot({ path: shot('ledger'), fullPage: true })
  const download = page.waitForEvent('download')
  await page.getByText('导出 Excel', { exact: true }).click()
  const file = await (await download).path()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const sheet = wb.getWorksheet('网格台账')!
  const names = sheet.getColumn(1).values.slice(2)
  expect(names).toEqual([
    '滨河社区第一网格',
    '滨河社区第二网格',
    '绿苑社区第一网格',
    '绿苑社区第二网格',
    '新华社区第一网格',
    '新华社区第二网格',
  ]) // in pinyin order, as a Chinese list is read
  expect(wb.getWorksheet('网格员台账')!.getColumn(1).values).toContain('张海燕')
})

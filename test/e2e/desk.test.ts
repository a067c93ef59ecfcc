import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import type { ReportSummary } from '@shared/contracts/report'
import { signIn, TINY_JPEG } from '../support/gateway'
import { sdkFor } from '../support/sdk'
import { shot } from './support/browser'
import { contextAs, useSystemAndBrowser } from './support/system'

/**
 * The street office at a 1366×768 desk: the table, j/k + Enter, search by number, merge by
 * number with both side by side, bulk 催办 with confirmation, and the export read back.
 */
const t = useSystemAndBrowser()

async function file(description: string, n: number): Promise<ReportSummary> {
  const wang = await signIn(t.system, 'demo-resident-1')
  const photo = await wang.upload(`uploads/demo-resident-1/20261123/desk${n}.jpg`, TINY_JPEG)
  const r = await wang.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'lighting',
    description,
    photos: [photo],
    location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
    urgency: 'normal',
    requestId: `desk-e2e-${n}-abcdefgh`,
  })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data.report
}

const numbers = (page: Page) =>
  page.locator('.desk__row:not(.desk__head) .desk__no').allTextContents()

test('the office works the console at a desk: table, keyboard, search, merge, bulk 催办, export', async () => {
  const first = await file('3楼楼道声控灯不亮（桌面测试甲）', 1)
  const again = await file('楼道声控灯坏了好几天（桌面测试乙）', 2)
  const context = await contextAs(t.browser, t.system, 'demo-office-1', {
    viewport: { width: 1366, height: 768 },
    deviceScaleFactor: 1,
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${t.system.url}/#/pages/office/console/index`)
  await page.locator('.desk__table').waitFor({ timeout: 20000 })
  await page.locator('.queue-tabs__tab', { hasText: '全部' }).click()
  await page.locator('.desk__row', { hasText: again.no }).waitFor({ timeout: 15000 })
  await page.locator('.desk__row', { hasText: 'BS-DEMO-4' }).waitFor()
  const shown = await numbers(page)
  expect(shown).toHaveLength(6) // 4 demo reports and the 2 just filed, newest first
  expect(shown.slice(0, 2)).toEqual([again.no, first.no])

  // Sorting: 编号 ascending, then descending.
  await page.locator('.desk__th', { hasText: '编号' }).click()
  const byNo = [...shown].sort((a, b) => a.localeCompare(b, 'zh-CN'))
  expect(await numbers(page)).toEqual(byNo)
  await page.locator('.desk__th', { hasText: '编号' }).click()
  expect(await numbers(page)).toEqual([...byNo].reverse())
  await page.locator('.desk__th', { hasText: '受理时间' }).click() // back to newest first
  expect(await numbers(page)).toEqual(shown)
  await page.screenshot({ path: shot('desk-table') })

  // Keyboard: j j k Enter opens the first row beside the table; j moves the open detail along.
  const cursor = page.locator('.desk__row--cursor .desk__no')
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  expect(await cursor.textContent()).toBe(shown[1])
  await page.keyboard.press('k')
  await page.keyboard.press('Enter')
  await page.locator('.desk__pane-head', { hasText: shown[0] }).waitFor()
  await page.locator('.desk__pane').getByText('桌面测试乙').first().waitFor({ timeout: 15000 })
  await page.keyboard.press('ArrowDown')
  await page.locator('.desk__pane').getByText('桌面测试甲').first().waitFor({ timeout: 15000 })
  await page.keyboard.press('Escape')
  await page.getByText('选中一条报事查看详情', { exact: false }).waitFor()

  // Search by the number a resident reads out (lower case, as typed on the phone).
  await page.locator('.desk__search-input input').fill(again.no.toLowerCase())
  await page.locator('.desk__search-input input').press('Enter')
  await page.waitForFunction(
    (no) => {
      const rows = [...document.querySelectorAll('.desk__row:not(.desk__head) .desk__no')]
      return rows.length === 1 && rows[0].textContent === no
    },
    again.no,
    { timeout: 15000 },
  )

  // Merge by number: 乙 duplicates 甲; both side by side before confirming.
  await page.locator('.desk__row', { hasText: again.no }).click()
  await page.locator('.desk__pane').getByText('合并为重复', { exact: true }).click()
  await page.locator('.merge input').fill(first.no)
  await page.locator('.merge').getByText('查找', { exact: true }).click()
  const pair = page.locator('.merge__pair')
  await pair.waitFor({ timeout: 15000 })
  expect(await pair.locator('.merge__no').allTextContents()).toEqual([again.no, first.no])
  await page.screenshot({ path: shot('desk-merge') })
  await page.locator('.desk__pane').getByText('确认合并为重复', { exact: true }).click()
  await page.locator('.desk__row', { hasText: again.no }).getByText('已合并').waitFor({
    timeout: 15000,
  })
  const { data: merged } = await sdkFor(t.system)
    .database()
    .collection('reports')
    .doc(again.id)
    .get()
  expect(merged).toMatchObject({ state: 'duplicate', duplicateOf: first.id })

  // Bulk 催办 of two reports, after a confirmation naming them.
  await page.getByText('清除搜索', { exact: true }).click()
  await page.locator('.desk__row', { hasText: 'BS-DEMO-1' }).waitFor({ timeout: 15000 })
  for (const no of [first.no, 'BS-DEMO-1'])
    await page.locator('.desk__row', { hasText: no }).locator('.desk__check').click()
  await page.getByText('已选 2 条').waitFor()
  await page.getByText('批量催办', { exact: true }).click()
  const dialog = page.locator('.desk__confirm')
  await dialog.getByText('确认对以下 2 条报事催办？').waitFor()
  expect(await dialog.locator('.desk__no').textContent()).toContain(first.no)
  await dialog.locator('textarea').fill('请今天内处理')
  await dialog.getByText('确认催办', { exact: true }).click()
  await page.locator('.desk__outcome').getByText('已完成 2 条。').waitFor({ timeout: 15000 })
  const { data: urged } = await sdkFor(t.system)
    .database()
    .collection('reports')
    .doc(first.id)
    .get()
  expect(urged.events.at(-1)).toMatchObject({ action: 'urge', note: '请今天内处理' })

  // Export the list as the table holds it (全部) and read it back.
  const listed = await numbers(page)
  const download = page.waitForEvent('download')
  await page.getByText('导出 Excel', { exact: true }).click()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(await (await download).path())
  const sheet = wb.getWorksheet('报事列表')!
  expect(sheet.getRow(1).getCell(1).value).toBe('报事编号')
  expect(sheet.getColumn(1).values.slice(2)).toEqual(listed)
  expect(errors).toEqual([])
})

import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import type { Dashboard } from '@shared/contracts/stats'
import { presetPeriod, type TrendUnit } from '@shared/figures'
import { signIn, TINY_JPEG } from '../support/gateway'
import { shot } from './support/browser'
import { contextAs, useSystemAndBrowser } from './support/system'

/**
 * 统计看板 of the demo street at a 1366×768 desk: F2 draws the charts (pixels on the canvases),
 * each chart's text alternative says the numbers stats.dashboard returns, charts and tables sit
 * side by side, a change of unit redraws, and the export reads back with the page's figures.
 */
const t = useSystemAndBrowser()

async function fileOne(): Promise<void> {
  const wang = await signIn(t.system, 'demo-resident-1')
  const photo = await wang.upload('uploads/demo-resident-1/20261201/dash1.jpg', TINY_JPEG)
  const r = await wang.call('report.create', {
    target: 'grid',
    categoryKey: 'lighting',
    description: '楼道灯不亮（看板测试）',
    photos: [photo],
    location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
    urgency: 'normal',
    requestId: 'dashboard-e2e-1-abcdefgh',
  })
  if (!r.ok) throw new Error(JSON.stringify(r))
}

async function asked(unit: TrendUnit): Promise<Dashboard> {
  const office = await signIn(t.system, 'demo-office-1')
  const period = presetPeriod('thisQuarter', new Date())
  const r = await office.call<Dashboard>('stats.dashboard', {
    period,
    scope: { kind: 'street' },
    unit,
  })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data
}

const altOf = (page: Page, chart: string) =>
  page.locator(`.chart[data-chart="${chart}"] .chart__alt-line`).allTextContents()

/** Waits until every chart's canvas has drawn pixels (F2 renders on the next frame). */
async function drawn(page: Page, charts: number): Promise<number[]> {
  const handle = await page.waitForFunction(
    (n) => {
      const inked = [...document.querySelectorAll('canvas.chart__canvas')].map((c) => {
        const el = c as HTMLCanvasElement
        const px = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data
        let count = 0
        for (let i = 3; i < px.length; i += 4) if (px[i] > 0) count++
        return count
      })
      return inked.length === n && inked.every((k) => k > 500) ? inked : null
    },
    charts,
    { timeout: 30000, polling: 250 },
  )
  return (await handle.jsonValue()) as number[]
}

const box = async (page: Page, selector: string) =>
  Promise.all((await page.locator(selector).all()).map(async (l) => (await l.boundingBox())!))

test('the dashboard draws its charts, says their numbers, sits at a desk and exports', async () => {
  await fileOne()
  const context = await contextAs(t.browser, t.system, 'demo-office-1', {
    viewport: { width: 1366, height: 768 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${t.system.url}/#/pages/office/dashboard/index`)
  await page.locator('.dashboard--desk .dashboard__controls').waitFor({ timeout: 30000 })
  await page.locator('.dashboard__chip', { hasText: '本季度' }).click()
  const d = await asked('day')
  expect(d.figures.received).toBeGreaterThan(0)
  const expected = d.trend.rows.map((r) => `${r.key}：收到 ${r.received} 条`)
  await page.waitForFunction(
    (last) =>
      [...document.querySelectorAll('.chart[data-chart="received"] .chart__alt-line')].at(-1)
        ?.textContent === last,
    expected.at(-1),
    { timeout: 30000 },
  )
  expect(await altOf(page, 'received')).toEqual(expected)
  const byCategory = d.byCategory.filter((r) => r.received > 0)
  expect((await altOf(page, 'category')).map((s) => s.split('，')[0])).toEqual(
    [...byCategory]
      .sort((a, b) => b.received - a.received)
      .map((r) => `${r.label}：收到 ${r.received} 条`),
  )
  expect(await drawn(page, 3)).toHaveLength(3)
  await page.screenshot({ path: shot('dashboard-desk') })

  // The desk layout: five numbers in a row, the three charts side by side, tables in two columns.
  const numbers = await box(page, '.dashboard__number')
  expect(numbers.slice(0, 5).every((b) => Math.abs(b.y - numbers[0].y) < 2)).toBe(true)
  const charts = await box(page, '.dashboard__chart')
  expect(charts).toHaveLength(3)
  expect(charts.every((b) => Math.abs(b.y - charts[0].y) < 2)).toBe(true)
  expect(charts[0].x + charts[0].width).toBeLessThanOrEqual(charts[1].x)
  const tables = await box(page, '.dashboard__tables > .card')
  expect(Math.abs(tables[0].y - tables[1].y)).toBeLessThan(2)
  expect(tables[0].x + tables[0].width).toBeLessThanOrEqual(tables[1].x)

  // 按月 redraws the trend by month.
  await page.locator('.dashboard__chip', { hasText: '按月' }).click()
  const m = await asked('month')
  const months = m.trend.rows.map((r) => `${r.key}：收到 ${r.received} 条`)
  await page.waitForFunction(
    (n) => document.querySelectorAll('.chart[data-chart="received"] .chart__alt-line').length === n,
    months.length,
    { timeout: 30000 },
  )
  expect(await altOf(page, 'received')).toEqual(months)
  await drawn(page, 3)

  // The export's summary sheet holds the figures the page shows.
  const shown = async (label: string) =>
    page
      .locator('.dashboard__number', { hasText: label })
      .locator('.dashboard__value')
      .textContent()
  const download = page.waitForEvent('download')
  await page.getByText('导出 Excel', { exact: true }).click()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(await (await download).path())
  const sum = wb.getWorksheet('期间汇总')!
  const cell = (k: string) =>
    sum.getColumn(1).values.indexOf(k) > 0
      ? String(sum.getRow(sum.getColumn(1).values.indexOf(k)).getCell(2).value)
      : null
  expect(cell('统计期间')).toBe(`${d.period.from} 至 ${d.period.to}`)
  expect(cell('收到报事')).toBe(await shown('收到报事'))
  for (const k of ['响应率', '按时办结率', '满意率', '重新办理率']) {
    const page_ = await shown(k)
    expect(page_ === '—' ? '—' : parseFloat(page_!)).toEqual(
      cell(k) === '—' ? '—' : parseFloat(cell(k)!),
    )
  }
  expect(wb.getWorksheet('趋势')!.getColumn(1).values.slice(2)).toEqual(
    m.trend.rows.map((r) => r.label),
  )
  expect(errors).toEqual([])
})

import type { ReportSummary } from '@shared/contracts/report'
import { signIn } from '../support/gateway'
import { sdkFor } from '../support/sdk'
import { shot } from './support/browser'
import { contextAs, useSystemAndBrowser } from './support/system'

/**
 * The office at a 1366×768 desk corrects a report's category in the pane beside the table, then
 * refuses it with a 常用语 chip (the demo street's list) added to what it typed.
 */
const t = useSystemAndBrowser()

test('desk: 更改类别 shows from → to on the timeline; a 常用语 chip goes into the reason', async () => {
  const wang = await signIn(t.system, 'demo-resident-1')
  const r = await wang.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'noise',
    description: '楼下烧烤店油烟很大（改类别测试）',
    photos: [],
    location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
    urgency: 'normal',
    requestId: 'desk-reclassify-e2e-1',
    noCallback: true,
  })
  if (!r.ok) throw new Error(JSON.stringify(r))
  const { no, id } = r.data.report
  const context = await contextAs(t.browser, t.system, 'demo-office-1', {
    viewport: { width: 1366, height: 768 },
    deviceScaleFactor: 1,
  })
  const page = await context.newPage()
  await page.goto(`${t.system.url}/#/pages/office/console/index`)
  await page.locator('.desk__table').waitFor({ timeout: 20000 })
  await page.locator('.queue-tabs__tab', { hasText: '全部' }).click()
  await page.locator('.desk__row', { hasText: no }).click({ timeout: 15000 })
  const pane = page.locator('.desk__pane')
  await pane.getByText('改类别测试').first().waitFor({ timeout: 15000 })

  // 更改类别: the picker's first category (照明), a reason, and the timeline line from → to.
  await pane.locator('.report-actions__btn', { hasText: '更改类别' }).click()
  await pane.locator('.report-actions__picker', { hasText: '选择新的类别' }).click()
  await page.getByText('确定', { exact: true }).last().click()
  await pane.locator('.report-actions__picker', { hasText: '新类别：照明' }).waitFor()
  await pane.locator('.report-actions__form textarea').fill('现场核实为路灯问题')
  await pane.locator('.report-actions__submit').click()
  await pane.getByText('噪音扰民 → 照明').first().waitFor({ timeout: 15000 })

  // 不予受理 with a chip after typed words: the text stays editable and is sent as shown.
  await pane.locator('.report-actions__btn', { hasText: '不予受理' }).click()
  const box = pane.locator('.report-actions__form textarea')
  await box.fill('经核实')
  await pane.locator('.phrase-chips__chip', { hasText: '请拨打 12345' }).click()
  await page.waitForFunction(
    () => document.querySelector<HTMLTextAreaElement>('.report-actions__form textarea')?.value,
  )
  expect(await box.inputValue()).toBe('经核实；不属于街道受理范围，请拨打 12345')
  await page.screenshot({ path: shot('desk-phrases') })
  await pane.locator('.report-actions__submit').click()
  await pane.getByText('不予受理原因').first().waitFor({ timeout: 15000 })
  const stored = (await sdkFor(t.system).database().collection('reports').doc(id).get()).data
  expect(stored.categoryKey).toBe('lighting')
  expect(stored.state).toBe('rejected')
  expect(stored.events.at(-1).reason).toBe('经核实；不属于街道受理范围，请拨打 12345')
}, 180_000)

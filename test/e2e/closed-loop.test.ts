import type { Browser, Page } from 'playwright-core'
import { signIn, TINY_JPEG } from '../support/gateway'
import { launchBrowser, shot } from './support/browser'
import { makePhoto } from './support/photo'
import { contextAs, startSystem, type System } from './support/system'

let system: System
let browser: Browser

beforeAll(async () => {
  ;[system, browser] = await Promise.all([startSystem(), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await system?.stop()
})

async function pageAs(openid: string, route: string): Promise<Page> {
  const page = await (await contextAs(browser, system, openid)).newPage()
  await page.goto(`${system.url}/#/${route}`)
  return page
}

test('report → the worker sees it live → accept → resolve with a photo → the resident rates 5 → the office sees it closed', async () => {
  const worker = await pageAs('demo-grid-1', 'pages/worker/inbox/index')
  await worker.getByText('待受理').first().waitFor({ timeout: 15000 })
  const resident = await pageAs('demo-resident-1', 'pages/resident/report/index?target=grid')
  await resident.getByText('噪音扰民').click()
  await resident.locator('textarea').fill('楼上深夜装修，吵得睡不着')
  await resident.getByText('提交', { exact: true }).click()
  await resident.getByText('提交成功').waitFor({ timeout: 15000 })
  const sentAt = Date.now()

  // The worker's inbox shows the new task without a reload (the gateway's event stream).
  const task = worker.locator('.inbox__item', { hasText: '楼上深夜装修' })
  await task.waitFor({ timeout: 2000 })
  console.log(`task visible in the worker's inbox ${Date.now() - sentAt} ms after submit`)
  await resident.getByText('查看我的报事').click()
  const mine = resident.locator('.my-reports__item', { hasText: '楼上深夜装修' })
  await mine.waitFor()

  await task.click()
  await worker.getByText('受理', { exact: true }).click()
  await worker.getByText('确认受理').click()
  await worker.locator('.report-view__tag', { hasText: '处理中' }).waitFor({ timeout: 10000 })
  await worker.getByText('办结', { exact: true }).click()
  await worker.locator('.report-actions__form textarea').fill('已上门协调，晚十点后停止施工')
  const chooser = worker.waitForEvent('filechooser')
  await worker.getByText('处理后照片').click()
  await (
    await chooser
  ).setFiles({
    name: 'after.jpg',
    mimeType: 'image/jpeg',
    buffer: await makePhoto(worker, 1600, 1200),
  })
  await worker.locator('.photo-grid__tile--done').waitFor({ timeout: 15000 })
  await worker.getByText('确认办结').click()
  await worker.locator('.report-view__tag', { hasText: '已办结' }).waitFor({ timeout: 10000 })
  await worker.screenshot({ path: shot('loop-worker-resolved'), fullPage: true })

  // The resident's list turns 已办结 without a reload; they confirm and rate.
  await mine.locator('.my-reports__tag', { hasText: '已办结' }).waitFor({ timeout: 5000 })
  await mine.click()
  await resident.getByText('确认并评价', { exact: true }).first().click()
  await resident.locator('.report-actions__star').nth(4).click()
  await resident.locator('.report-actions__form textarea').fill('处理及时，谢谢网格员')
  await resident.locator('.report-actions__submit').click()
  await resident.locator('.report-view__tag', { hasText: '已评价' }).waitFor({ timeout: 10000 })
  await resident.screenshot({ path: shot('loop-resident-rated'), fullPage: true })

  const office = await pageAs('demo-office-1', 'pages/office/console/index')
  await office.getByText('已办结', { exact: true }).click()
  const closed = office.locator('.console__item', { hasText: '楼上深夜装修' })
  await closed.locator('.console__tag', { hasText: '已评价' }).waitFor({ timeout: 10000 })
  await closed.click()
  // The rating line (the timeline's 评分 line shows the same stars).
  await office.locator('.report-view__rating', { hasText: '★★★★★' }).waitFor({ timeout: 10000 })
  await office.screenshot({ path: shot('loop-office-closed'), fullPage: true })
})

test('a report past its time limit lands in the office’s escalation queue', async () => {
  const t0 = Date.now()
  await system.admin('clock', { now: t0 })
  await system.admin('tick')
  const li = await signIn(system, 'demo-resident-2')
  const r = await li.call('report.create', {
    target: 'grid',
    categoryKey: 'safety',
    description: '消防通道被杂物堵住',
    photos: [await li.upload('uploads/demo-resident-2/20261123/fire.jpg', TINY_JPEG)],
    location: { kind: 'address', buildingId: 'b-binhe-1-2' },
    urgency: 'urgent',
    requestId: 'e2e-overdue-0001',
  })
  expect(r.ok).toBe(true)
  await system.admin('clock', { now: t0 + 35 * 60_000 }) // past the 30 min to accept an urgent report
  await system.admin('tick')
  const office = await pageAs('demo-office-1', 'pages/office/console/index')
  const item = office.locator('.console__item', { hasText: '消防通道被杂物堵住' })
  await item.waitFor({ timeout: 15000 }) // 吹哨待办 is the first queue
  expect(await item.locator('.console__tag').textContent()).toBe('已吹哨，街道督办中')
  await office.screenshot({ path: shot('loop-office-escalations'), fullPage: true })
  await system.admin('clock', { now: null })
})

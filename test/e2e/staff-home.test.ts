import type { ReportSummary } from '@shared/contracts/report'
import { signIn } from '../support/gateway'
import { patchReport } from '../support/rollups'
import { sdkFor } from '../support/sdk'
import { shot } from './support/browser'
import { contextAs, useSystemAndBrowser } from './support/system'

/**
 * Issue 16 (points 6 and 8): a grid worker who signs in starts on their work — 首页 shows their
 * grid's 已超时 and 待受理, the same numbers as their inbox, and a tap opens that tab; a page
 * opened from a link with no history offers 返回首页 and carries its title.
 */
const t = useSystemAndBrowser()

beforeAll(async () => {
  // The sla timer would flag reports overdue between the server's count and the page's.
  await t.system.admin('clock', { now: Date.now() })
  // One more task for 新华社区第一网格, past its time limit.
  const wang = await signIn(t.system, 'demo-resident-1')
  const r = await wang.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'noise',
    description: '楼下烧烤店油烟扰民',
    photos: [],
    location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
    urgency: 'normal',
    requestId: 'staff-home-e2e-1',
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  // Straight into the database, so with its counters (the sweep's step would escalate it too).
  await patchReport(sdkFor(t.system), r.data.report.id, { overdue: true })
})

test('a grid worker signing in lands on their work, with their inbox’s counts', async () => {
  const expected = (
    await (
      await signIn(t.system, 'demo-grid-1')
    ).call<{ counts: Record<string, number> }>('report.inbox', { tab: 'pending' })
  ).data.counts
  expect(expected.overdue).toBeGreaterThanOrEqual(1)

  const context = await t.browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${t.system.url}/#/pages/me/index`)
  await page.locator('.me__identity', { hasText: '网格员 张海燕' }).getByText('登录').click()
  await page.getByText('任务收件箱').waitFor({ timeout: 15000 })
  // Where the app opens: 首页, with the work first.
  await page.goto(`${t.system.url}/`)
  const count = (label: string) => page.locator('.staff-work__count', { hasText: label })
  await page.waitForFunction(
    (n) => document.querySelector('.staff-work__n')?.textContent === String(n),
    expected.overdue,
    { timeout: 15000 },
  )
  expect(await count('已超时').locator('.staff-work__n').textContent()).toBe(
    String(expected.overdue),
  )
  expect(await count('待受理').locator('.staff-work__n').textContent()).toBe(
    String(expected.pending),
  )
  await page.screenshot({ path: shot('staff-home'), fullPage: true })

  await count('已超时').click()
  await page.waitForURL(/pages\/worker\/inbox\/index\?tab=overdue/, { timeout: 15000 })
  await page.locator('.queue-tabs__tab--on', { hasText: '已超时' }).waitFor({ timeout: 15000 })
  await page.locator('.inbox__item', { hasText: '楼下烧烤店油烟扰民' }).waitFor({ timeout: 15000 })
  expect(await page.locator('.inbox__item').count()).toBe(Math.min(expected.overdue, 20))
  // Opened from 首页: the browser's back works, so no 返回首页 here.
  expect(await page.locator('.back-home').isVisible()).toBe(false)
  expect(errors).toEqual([])
  await context.close()
})

test('a task opened from a link (no history) has its title and 返回首页', async () => {
  const context = await contextAs(t.browser, t.system, 'demo-grid-1')
  const page = await context.newPage()
  await page.goto(`${t.system.url}/#/pages/worker/inbox/index`)
  await page.getByText('最新', { exact: true }).waitFor({ timeout: 15000 })
  await page.waitForFunction(() => document.title === '任务收件箱', null, { timeout: 15000 })
  await page.locator('.back-home').click()
  await page.locator('.staff-work__count', { hasText: '待受理' }).waitFor({ timeout: 15000 })
  expect(await page.locator('.back-home').isVisible()).toBe(false)
  await context.close()
})

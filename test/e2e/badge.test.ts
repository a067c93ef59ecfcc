import type { Page } from 'playwright-core'
import { contextAs, useSystemAndBrowser } from './support/system'

/**
 * Issue 15: the unread count on the tab bar follows a new task — a grid worker on 首页 sees the
 * 我的 tab's badge go up by one when a resident files a report for their grid, with no reload.
 */
const t = useSystemAndBrowser()

async function pageAs(openid: string, route: string): Promise<Page> {
  const page = await (await contextAs(t.browser, t.system, openid)).newPage()
  await page.goto(`${t.system.url}/#/${route}`)
  return page
}

/** The number on the tab bar's badge (0 when none is shown). */
const badgeOf = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('.taro-tabbar-badge')
    const text = el && (el as HTMLElement).offsetParent !== null ? el.textContent?.trim() : ''
    return text ? Number(text.replace('+', '')) : 0
  })

test("a new task puts the worker's unread badge up by one on the open tab page", async () => {
  const worker = await pageAs('demo-grid-1', 'pages/home/index')
  await worker.locator('.taro-tabbar__tabbar').first().waitFor({ timeout: 30000 })
  // The count at start comes with the session (demo messages may be unread): wait until it settles.
  let before = -1
  for (let seen = await badgeOf(worker); seen !== before; seen = await badgeOf(worker)) {
    before = seen
    await worker.waitForTimeout(1500)
  }
  const resident = await pageAs('demo-resident-1', 'pages/resident/report/index?target=grid')
  await resident.getByText('噪音扰民').click()
  await resident.locator('textarea').fill('楼道里有人深夜喧哗，请劝导')
  await resident.getByText('提交', { exact: true }).click()
  await resident.getByText('提交成功').waitFor({ timeout: 20000 })
  await worker.waitForFunction(
    (n) => {
      const el = document.querySelector('.taro-tabbar-badge')
      return Number(el?.textContent?.trim().replace('+', '') || 0) === n + 1
    },
    before,
    { timeout: 20000 },
  )
  expect(await badgeOf(worker)).toBe(before + 1)
})

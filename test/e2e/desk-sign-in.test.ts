import type { Browser, Page } from 'playwright-core'
import { shot } from './support/browser'
import { useSystemAndBrowser, type System } from './support/system'

/**
 * 扫码登录 at a 1366×768 desk, only through CloudBase's HTTP API: the desk shows its code, the test
 * plays the phone (the mini-program user confirms through the auth function), the desk lands on
 * the console signed in; a second desk signing in as the same person ends the first (已在其他地方
 * 登录), and an expired session goes back to the sign-in screen saying so.
 */
const t = useSystemAndBrowser()
const OFFICE = 'demo-office-1'

/** Two desks, two cold functions, on a busy machine: well past jest's usual minute. */
async function until(ok: () => boolean, ms = 60000): Promise<void> {
  const end = Date.now() + ms
  while (!ok()) {
    if (Date.now() > end) throw new Error(`not in the log in time:\n${t.system.log.join('')}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

async function freshDesk(browser: Browser, system: System): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  const page = await context.newPage()
  await page.goto(`${system.url}/#/pages/office/console/index`)
  return page
}

/** The desk's code, as a person reads it off the screen (登录码 …): the scene of the code. */
async function sceneOn(page: Page): Promise<string> {
  await page.locator('.sign-in__qr-img').waitFor({ timeout: 30000 })
  const text = await page.locator('.sign-in__scene').textContent()
  return String(text).replace('登录码', '').trim()
}

/** The phone: the office staff member scans and taps 确认登录 in the mini-program. */
async function confirmOnPhone(system: System, scene: string): Promise<void> {
  const seen = await system.invoke<{ ok: boolean }>(
    'auth',
    { action: 'auth.deskScan', payload: { scene } },
    OFFICE,
  )
  expect(seen.ok).toBe(true)
  const r = await system.invoke<{ ok: boolean }>(
    'auth',
    { action: 'auth.confirmDesk', payload: { id: scene, confirm: true } },
    OFFICE,
  )
  expect(r.ok).toBe(true)
}

async function signInByScan(page: Page, system: System): Promise<void> {
  await confirmOnPhone(system, await sceneOn(page))
  await page.locator('.desk__table').waitFor({ timeout: 30000 })
}

test('the desk signs in by a scan; a second desk sign-in shows 已在其他地方登录 on the first', async () => {
  const first = await freshDesk(t.browser, t.system)
  const errors: string[] = []
  first.on('pageerror', (e) => errors.push(e.message))
  await first.getByText('扫码登录街道工作台').waitFor({ timeout: 30000 })
  await first.getByText(/\d+ 秒后失效/).waitFor()
  // The emulator's demo picker stands beside the code (emulator only).
  await first.getByText('选择演示身份登录').waitFor()
  await first.screenshot({ path: shot('desk-sign-in-code') })

  await signInByScan(first, t.system)
  await first.screenshot({ path: shot('desk-signed-in') })
  // The console's calls ran as the office user who confirmed (customUserId = OPENID).
  await until(() => /\[fn\] report report\.\w+ web=demo-office-1 /.test(t.system.log.join('')))

  const second = await freshDesk(t.browser, t.system)
  await signInByScan(second, t.system)
  // The first desk learns at its next check (every 10 s) and shows the sign-in screen again.
  await first.getByText('已在其他地方登录', { exact: false }).waitFor({ timeout: 40000 })
  await first.locator('.sign-in__qr-img').waitFor({ timeout: 30000 })
  await first.locator('.sign-in__refresh', { hasText: '刷新二维码' }).waitFor()
  await first.screenshot({ path: shot('desk-signed-in-elsewhere') })
  expect(await second.locator('.desk__table').isVisible()).toBe(true)
  expect(errors).toEqual([])
  await first.context().close()
  await second.context().close()
}, 240_000)

test('a refused code says so and 刷新二维码 gives a new one; an expired session returns to sign-in', async () => {
  const page = await freshDesk(t.browser, t.system)
  const scene = await sceneOn(page)
  await t.system.invoke(
    'auth',
    { action: 'auth.confirmDesk', payload: { id: scene, confirm: false } },
    OFFICE,
  )
  await page.getByText('已在手机上取消登录').waitFor({ timeout: 30000 })
  await page.locator('.sign-in__refresh', { hasText: '刷新二维码' }).click()
  await page.waitForFunction(
    (old) => !document.querySelector('.sign-in__scene')?.textContent?.includes(old),
    scene,
  )
  await signInByScan(page, t.system)

  // 31 days on (the emulator clock): the refresh token is spent; the next load says so.
  await t.system.admin('clock', { now: Date.now() + 31 * 24 * 3600_000 })
  try {
    await page.reload()
    await page.getByText('登录已过期，请重新扫码登录').waitFor({ timeout: 30000 })
    await page.locator('.sign-in__qr-img').waitFor({ timeout: 30000 })
  } finally {
    await t.system.admin('clock', { now: null })
  }
  await page.context().close()
}, 240_000)

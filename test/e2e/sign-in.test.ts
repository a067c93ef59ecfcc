import { shot } from './support/browser'
import { useSystemAndBrowser } from './support/system'

const t = useSystemAndBrowser()

test('我的: the local sign-in lists the demo street and signs in through the emulator', async () => {
  const page = await t.browser.newPage({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
  })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${t.system.url}/#/pages/me/index`)
  await page.getByText('选择演示身份登录').waitFor({ timeout: 15000 })
  const row = page.locator('.me__identity', { hasText: '网格员 张海燕' })
  await row.getByText('登录').click()
  // whoami ran in the user function as this web user (customUserId = OPENID; role from users).
  await page.getByText('张海燕', { exact: true }).waitFor({ timeout: 10000 })
  await page.getByText('网格员', { exact: true }).waitFor()
  await page.screenshot({ path: shot('me-signed-in'), fullPage: true })
  expect(t.system.log.join('')).toMatch(/\[fn\] user user\.whoami web=demo-grid-1 \d+ms ok/)
  expect(errors).toEqual([])
})

import { contextAs, useSystemAndBrowser } from './support/system'
import { shot } from './support/browser'

const t = useSystemAndBrowser()

// Beside 新华小区1号楼 as a browser reports it (WGS-84); GCJ-02 (as Chinese maps) it is
// (106.8036, 39.6745), about 60 m from the building: the server names it 新华小区1号楼附近.
const GPS = { latitude: 39.673561, longitude: 106.798843 }

test('用手机定位 in H5 takes the browser position (GCJ-02) and shows it as the nearest building, never as numbers', async () => {
  const resident = await contextAs(t.browser, t.system, 'demo-resident-1', {
    geolocation: GPS,
    permissions: ['geolocation'],
  })
  const page = await resident.newPage()
  await page.goto(`${t.system.url}/#/pages/home/index`)
  await page.getByText('报网格员', { exact: true }).first().click()
  await page.getByText('用手机定位', { exact: true }).click()
  // The server names the point (grid.locate): a first call starts the grid function (slow on a busy machine).
  await page.getByText('新华小区1号楼附近').waitFor({ timeout: 45000 })
  expect(await page.locator('.page').first().textContent()).not.toMatch(/39\.67|106\.79|106\.80/)
  await page.screenshot({ path: shot('h5-location'), fullPage: true })
  await resident.close()
})

test('a refused location says how to allow it, or to pick a building', async () => {
  const resident = await contextAs(t.browser, t.system, 'demo-resident-1', { geolocation: GPS })
  const page = await resident.newPage()
  await page.goto(`${t.system.url}/#/pages/home/index`)
  await page.getByText('报网格员', { exact: true }).first().click()
  await page.getByText('用手机定位', { exact: true }).click()
  await page.getByText('请在浏览器设置中允许获取位置，或选择楼栋').waitFor({ timeout: 15000 })
  await resident.close()
})

test('an unknown address shows 页面不存在 with its title and the way home', async () => {
  const context = await t.browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(`${t.system.url}/#/pages/no/such/page`)
  await page.locator('.card-title', { hasText: '页面不存在' }).waitFor({ timeout: 15000 })
  await page.waitForFunction(() => document.title === '页面不存在')
  await page.screenshot({ path: shot('h5-not-found'), fullPage: true })
  await page.getByText('返回首页', { exact: true }).click()
  await page.getByText('报网格员', { exact: true }).first().waitFor({ timeout: 15000 })
  await context.close()
})

test('the first byte shows a loading indicator, gone once the app draws', async () => {
  const html = await (await fetch(`${t.system.url}/`)).text()
  expect(html).toContain('正在加载')
  const context = await t.browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(`${t.system.url}/#/pages/home/index`)
  await page.getByText('报网格员', { exact: true }).first().waitFor({ timeout: 15000 })
  expect(await page.locator('#boot').isVisible()).toBe(false)
  await context.close()
})

test('signed out, 报网格员 offers 去登录, which opens 我的', async () => {
  const context = await t.browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(`${t.system.url}/#/pages/resident/report/index?target=grid`)
  await page.getByText('请先在「我的」中登录后再报事').waitFor({ timeout: 15000 })
  await page.getByText('去登录', { exact: true }).click()
  await page.waitForURL(/pages\/me\/index/, { timeout: 15000 })
  await context.close()
})

test('offline, a tap on a page not yet loaded says the network is needed', async () => {
  const resident = await contextAs(t.browser, t.system, 'demo-resident-1')
  const page = await resident.newPage()
  await page.goto(`${t.system.url}/#/pages/home/index`)
  await page.getByText('在线办事', { exact: true }).first().waitFor({ timeout: 15000 })
  await resident.setOffline(true)
  await page.getByText('在线办事', { exact: true }).first().click()
  await page.getByText('网络不可用，请联网后再试').waitFor({ timeout: 15000 })
  await page.screenshot({ path: shot('h5-offline-tap'), fullPage: true })
  await resident.close()
})

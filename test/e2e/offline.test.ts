import type { BrowserContext, Page } from 'playwright-core'
import { sdkFor } from '../support/sdk'
import { shot } from './support/browser'
import { makePhoto } from './support/photo'
import { contextAs, useSystemAndBrowser } from './support/system'

const t = useSystemAndBrowser()

/** Waits until the page has had no request in flight for `quietMs` (its preloads are done). */
async function settled(page: Page, quietMs = 500): Promise<void> {
  let inflight = 0
  let last = Date.now()
  const up = () => void (inflight++, (last = Date.now()))
  const down = () => void (inflight--, (last = Date.now()))
  page.on('request', up)
  page.on('requestfinished', down)
  page.on('requestfailed', down)
  try {
    while (inflight > 0 || Date.now() - last < quietMs) await page.waitForTimeout(100)
  } finally {
    page.off('request', up)
    page.off('requestfinished', down)
    page.off('requestfailed', down)
  }
}

/** Offline: a photo and the text of a 照明 report, then 提交 → 已保存为待发送. */
async function reportOffline(resident: BrowserContext, page: Page, description: string) {
  await page.goto(`${t.system.url}/#/pages/home/index`)
  await page.getByText('报网格员', { exact: true }).first().click()
  await page.getByText('问题类型').waitFor({ timeout: 15000 })
  const photo = await makePhoto(page, 1600, 1200)
  await settled(page)
  await resident.setOffline(true)

  const chooser = page.waitForEvent('filechooser')
  await page.getByText('拍照/相册').click()
  await (await chooser).setFiles({ name: 'light.jpg', mimeType: 'image/jpeg', buffer: photo })
  const tile = page.locator('.photo-grid__tile--waiting')
  await tile.waitFor({ timeout: 20000 })
  expect(await tile.textContent()).toContain('待上传')
  expect(await page.getByText('上传失败').count()).toBe(0)

  await page.getByText('照明', { exact: true }).click()
  await page.locator('textarea').fill(description)
  await page.getByText('提交', { exact: true }).click()
  await page.getByText('已保存为待发送').waitFor({ timeout: 15000 })
}

/** The reports the server holds with this description (through the emulator's database). */
async function reportsWith(description: string) {
  const { data } = await sdkFor(t.system)
    .database()
    .collection('reports')
    .where({ description })
    .get()
  return data as { photos: string[]; reporterOpenid: string }[]
}

async function fileRecord(fileID: string) {
  const { data } = await sdkFor(t.system)
    .database()
    .collection('files')
    .where({ _id: fileID })
    .get()
  return data as { size: number }[]
}

test('offline: photo + 提交 → 待发送; back online → exactly one report with the photo', async () => {
  const description = '离线拍的楼道灯坏了'
  const resident = await contextAs(t.browser, t.system, 'demo-resident-1')
  const page = await resident.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await reportOffline(resident, page, description)
  await page.screenshot({ path: shot('offline-queued'), fullPage: true })
  // The photo waits as a Blob in IndexedDB; the outbox in localStorage holds only its key.
  const outbox = await page.evaluate(() => localStorage.getItem('xb.outbox') ?? '')
  expect(outbox).toMatch(/\\?"kept\\?":\\?"idb:/)
  expect(outbox.length).toBeLessThan(5000)

  // 我的报事 was fetched with the form: it opens without the network and shows the draft.
  await page.getByText('查看我的报事').click()
  const draft = page.locator('.my-reports__item', { hasText: '照明 · 离线拍的楼道灯坏了' })
  await draft.waitFor({ timeout: 15000 })
  expect(await draft.textContent()).toContain('待发送')
  expect(await draft.textContent()).toContain('含 1 张照片')
  expect(await reportsWith(description)).toHaveLength(0)

  await resident.setOffline(false) // the browser's online event sends it
  const sent = page.locator('.my-reports__item', { hasText: description })
  await sent.locator('.my-reports__tag', { hasText: '待受理' }).waitFor({ timeout: 30000 })
  await draft.waitFor({ state: 'detached', timeout: 15000 })
  await page.screenshot({ path: shot('offline-sent'), fullPage: true })

  const reports = await reportsWith(description)
  expect(reports).toHaveLength(1)
  expect(reports[0].reporterOpenid).toBe('demo-resident-1')
  expect(reports[0].photos).toHaveLength(1)
  const [file] = await fileRecord(reports[0].photos[0])
  expect(file.size).toBeGreaterThan(1000)
  expect(file.size).toBeLessThanOrEqual(300 * 1024)
  expect(errors).toEqual([])
  await resident.close()
})

test('offline, 查看我的报事 whose page is not on the phone says it needs the network, and 重试 opens it', async () => {
  const description = '离线时打不开我的报事'
  const resident = await contextAs(t.browser, t.system, 'demo-resident-1')
  // The 我的报事 chunk never arrives (as if the form had been opened without the network).
  let blocked = true
  await resident.route(/\/js\/.+\.js$/, async (route) => {
    try {
      const res = await route.fetch()
      const body = await res.text()
      if (blocked && body.includes('my-reports__item')) return await route.abort()
      await route.fulfill({ response: res, body })
    } catch {
      await route.abort().catch(() => undefined)
    }
  })
  const page = await resident.newPage()
  await reportOffline(resident, page, description)

  await page.getByText('查看我的报事').click()
  await page.getByText('网络不可用，请联网后再试').waitFor({ timeout: 15000 })
  await page.getByText('需要网络才能打开').waitFor()
  await page.screenshot({ path: shot('offline-needs-network'), fullPage: true })
  expect(page.url()).toMatch(/pages\/resident\/report\/index/) // still where the tap was made

  blocked = false
  await resident.setOffline(false)
  await page.getByText('重试', { exact: true }).click()
  await page.waitForURL(/pages\/resident\/my-reports\/index/, { timeout: 15000 })
  const sent = page.locator('.my-reports__item', { hasText: description })
  await sent.locator('.my-reports__tag', { hasText: '待受理' }).waitFor({ timeout: 30000 })
  expect(await reportsWith(description)).toHaveLength(1)
  await resident.close()
})

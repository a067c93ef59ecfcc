import type { Server } from 'node:http'
import path from 'node:path'
import { REPORT_ENTRIES, SERVICE_ENTRIES } from '@/pages/home/entries'
import type { Browser } from 'playwright-core'
import { launchBrowser, shot } from './support/browser'
const { serveStatic } = require('../../scripts/serve-static.js')

let server: Server
let browser: Browser
let base = ''

beforeAll(async () => {
  server = await serveStatic(path.resolve(__dirname, '../../dist/h5'), 0)
  const addr = server.address()
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((r) => server?.close(r))
})

test('首页 shows the entries in the H5 build', async () => {
  const page = await browser.newPage({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
  })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${base}/`)
  for (const label of ['报网格员', '报物业', '在线办事', '我的网格员', '快捷服务']) {
    await page.getByText(label, { exact: true }).first().waitFor({ timeout: 15000 })
  }
  await page.screenshot({ path: shot('home'), fullPage: true })
  expect(errors).toEqual([])
})

// Entries whose feature is not built yet (from the table the home page is made of).
const NOT_READY = [...REPORT_ENTRIES, ...SERVICE_ENTRIES].filter((e) => !e.ready)
if (NOT_READY.length)
  test.each(NOT_READY.map((e) => [e.title, e.url]))(
    '%s, not built yet, says so instead of opening an empty page',
    async (title, url) => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
      await page.goto(`${base}/`)
      await page.getByText(title, { exact: true }).first().click()
      await page.getByText('即将上线').last().waitFor({ timeout: 5000 })
      expect(page.url()).not.toContain(url.split('?')[0])
    },
  )

test('在线办事 opens its page (the catalogue itself is covered with the local cloud)', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  await page.goto(`${base}/`)
  await page.getByText('在线办事', { exact: true }).first().click()
  await page.waitForURL(/\/pages\/resident\/apply\/index/, { timeout: 15000 })
})

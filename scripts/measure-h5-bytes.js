/**
 * Bytes moved to show 首页 in the H5 build: a cold load (fresh browser profile) and a repeat
 * load (same profile, browser cache warm), counted on the wire (Chromium's encodedDataLength:
 * headers + body as sent, after compression).
 *
 *   node scripts/measure-h5-bytes.js http://127.0.0.1:10086/
 */
const { chromium } = require('playwright-core')

async function load(page, cdp, url) {
  let bytes = 0
  let requests = 0
  const onDone = (e) => {
    bytes += e.encodedDataLength
    requests += 1
  }
  cdp.on('Network.loadingFinished', onDone)
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.getByText('报网格员', { exact: true }).first().waitFor({ timeout: 60000 })
  cdp.off('Network.loadingFinished', onDone)
  return { bytes, requests }
}

async function main() {
  const url = process.argv[2] || 'http://127.0.0.1:10086/'
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const page = await (await browser.newContext()).newPage()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  const cold = await load(page, cdp, url)
  const repeat = await load(page, cdp, url)
  await browser.close()
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`
  console.log(`cold:   ${kb(cold.bytes)} in ${cold.requests} responses`)
  console.log(`repeat: ${kb(repeat.bytes)} in ${repeat.requests} responses`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})

import path from 'node:path'
import type { Page } from 'playwright-core'
import { validIdNumber } from '../support/id-numbers'
import { shot } from './support/browser'
import { makePhoto } from './support/photo'
import { contextAs, useSystemAndBrowser } from './support/system'

const ROOT = path.resolve(__dirname, '..', '..')
const t = useSystemAndBrowser()

/** Picks a photo into the attachment slot whose card shows `slot`. */
async function attach(page: Page, slot: string, name: string) {
  const card = page.locator('.card', { hasText: slot })
  const photo = await makePhoto(page, 1600, 1200)
  const chooser = page.waitForEvent('filechooser')
  await card.getByText('拍照/相册').click()
  await (await chooser).setFiles({ name, mimeType: 'image/jpeg', buffer: photo })
  await card.locator('.photo-grid__tile--done').waitFor({ timeout: 20000 })
}

/** The real <input> inside Taro's input element. */
const input = (page: Page, placeholder: string) =>
  page.locator(`input[placeholder="${placeholder}"]`)

/** Reads the QR on the page the way a phone camera would: pixels in, text out (jsQR). */
async function scanQr(page: Page): Promise<string> {
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/jsqr/dist/jsQR.js') })
  return page.evaluate(async () => {
    const img = document.querySelector('.qr-code img') as HTMLImageElement
    await img.decode()
    const size = 400
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = size
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(img, 0, 0, size, size)
    const { data } = ctx.getImageData(0, 0, size, size)
    const jsQR = (
      window as unknown as {
        jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null
      }
    ).jsQR
    return jsQR(data, size, size)?.data ?? ''
  })
}

test('a resident applies for 居住证明 → the office approves → the QR opens a verify page that says valid, then revoked', async () => {
  const resident = await (await contextAs(t.browser, t.system, 'demo-resident-1')).newPage()
  const errors: string[] = []
  resident.on('pageerror', (e) => errors.push(e.message))
  await resident.goto(`${t.system.url}/#/pages/home/index`)
  await resident.getByText('在线办事', { exact: true }).first().click()
  const residence = resident.locator('.card', { hasText: '居住证明' }).first()
  await residence.getByText('办事指南').click()
  await residence.getByText('所需材料').waitFor()
  await residence.getByText('在线申请').click()

  await input(resident, '与身份证一致').fill('王秀兰')
  await input(resident, '18 位居民身份证号码').fill(validIdNumber().toLowerCase())
  await input(resident, '11 位手机号码').fill('13904731234')
  await resident.getByText('子女入学', { exact: true }).click()
  // Submitting without the required proof is stopped on the phone, with the reason in place.
  await resident.getByText('提交申请', { exact: true }).click()
  await resident.getByText('请上传居民身份证').first().waitFor()
  await attach(resident, '居民身份证', 'id.jpg')
  await attach(resident, '住所证明', 'contract.jpg')
  await resident.screenshot({ path: shot('certificate-form'), fullPage: true })
  await resident.getByText('提交申请', { exact: true }).click()
  await resident.getByText('申请已提交').waitFor({ timeout: 15000 })
  await resident.getByText('查看办理进度').click()
  await resident.getByText('待审核').first().waitFor({ timeout: 15000 })
  const url = resident.url()

  const office = await (await contextAs(t.browser, t.system, 'demo-office-1')).newPage()
  await office.goto(`${t.system.url}/#/pages/office/applications/index`)
  await office.locator('.review__item', { hasText: '王秀兰' }).first().click()
  await office.getByText(validIdNumber()).waitFor({ timeout: 15000 }) // unmasked for the reviewer
  // Both attachments load for the reviewer: through user.fileUrls, as the copies are the server's.
  await office.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLImageElement>('.application-view__img img')].filter(
        (i) => i.complete && i.naturalWidth > 0,
      ).length === 2,
    undefined,
    { timeout: 15000 },
  )
  await office.screenshot({ path: shot('certificate-review'), fullPage: true })
  await office.getByText('审核通过并出证', { exact: true }).first().click()
  await office.locator('.taro-model__confirm').click() // Taro's showModal in H5
  await office.getByText('撤销证明', { exact: true }).waitFor({ timeout: 15000 })

  await resident.goto(url)
  await resident.reload()
  await resident.locator('.certificate').waitFor({ timeout: 15000 })
  expect(await resident.locator('.certificate').textContent()).toMatch(/JZ-2026-\d{6}/)
  await resident.screenshot({ path: shot('certificate-issued'), fullPage: true })
  const link = await scanQr(resident)
  expect(link).toMatch(new RegExp(`^${t.system.url}/#/pages/verify/index\\?code=[A-Z2-9]{12}$`))

  // A bank clerk scans it: a fresh t.browser, never signed in.
  const bank = await (
    await t.browser.newContext({ viewport: { width: 390, height: 844 } })
  ).newPage()
  const asked: string[] = []
  bank.on('request', (r) => asked.push(new URL(r.url()).pathname))
  await bank.goto(link)
  await bank.getByText('证明有效').waitFor({ timeout: 15000 })
  // Only through CloudBase's HTTP API, as deployed: an anonymous sign-in, then the function.
  expect(asked).toEqual(
    expect.arrayContaining(['/auth/v1/signin/anonymously', '/v1/functions/certificate']),
  )
  // (the signed-out shell lists the demo identities: a build for CloudBase has no such picker)
  expect(asked.filter((p) => p.startsWith('/api/') && p !== '/api/identities')).toEqual([])
  expect(await bank.locator('.verify').textContent()).toContain('王**')
  expect(await bank.locator('.verify').textContent()).not.toContain('19620514')
  await bank.screenshot({ path: shot('certificate-verify-valid'), fullPage: true })

  await office.getByText('撤销证明', { exact: true }).click()
  await office.locator('textarea').fill('居住信息核实不符')
  await office.locator('.review__form').getByText('确定', { exact: true }).click()
  await office.locator('.certificate__status', { hasText: '已撤销' }).waitFor({ timeout: 15000 })

  await bank.reload()
  await bank.getByText('证明已撤销').waitFor({ timeout: 15000 })
  expect(await bank.locator('.verify').textContent()).toContain('居住信息核实不符')
  await bank.screenshot({ path: shot('certificate-verify-revoked'), fullPage: true })
  // The holder sees who checked it.
  await resident.reload()
  await resident.getByText('核验记录').waitFor({ timeout: 15000 })
  expect(await resident.locator('.application-view__event', { hasText: '网页' }).count()).toBe(2)
  expect(errors).toEqual([])
})

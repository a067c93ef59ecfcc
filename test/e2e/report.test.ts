import { sdkFor } from '../support/sdk'
import { shot } from './support/browser'
import { makePhoto } from './support/photo'
import { contextAs, useSystemAndBrowser } from './support/system'

const t = useSystemAndBrowser()

test('a resident reports a broken stairwell light with a photo; their grid worker has the task', async () => {
  const resident = await contextAs(t.browser, t.system, 'demo-resident-1')
  const page = await resident.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${t.system.url}/#/pages/home/index`)
  await page.getByText('报网格员', { exact: true }).first().click()
  await page.getByText('问题类型').waitFor({ timeout: 15000 })

  const photo = await makePhoto(page, 4000, 3000)
  const chooser = page.waitForEvent('filechooser')
  await page.getByText('拍照/相册').click()
  await (await chooser).setFiles({ name: 'light.jpg', mimeType: 'image/jpeg', buffer: photo })
  await page.locator('.photo-grid__tile--done').waitFor({ timeout: 20000 })

  await page.getByText('照明', { exact: true }).click()
  await page.locator('textarea').fill('楼道灯坏了')
  await page.getByText('新华小区1号楼 2单元').waitFor() // the bound home is the default place
  await page.screenshot({ path: shot('report-form'), fullPage: true })
  await page.getByText('提交', { exact: true }).click()
  // The demo street already has an open 照明 report at this building: offered before filing.
  await page.getByText('附近已有相同问题在处理').waitFor({ timeout: 15000 })
  await page.getByText('您已报过').first().waitFor() // it is their own earlier report
  await page.screenshot({ path: shot('report-duplicates'), fullPage: true })
  await page.getByText('不是同一个问题，仍要提交').click()
  await page.getByText('提交成功').waitFor({ timeout: 15000 })
  await page.getByText('查看我的报事').click()
  const item = page.locator('.my-reports__item', { hasText: '楼道灯坏了' })
  await item.waitFor({ timeout: 10000 })
  expect(await item.locator('.my-reports__tag').textContent()).toBe('待受理')
  await page.screenshot({ path: shot('my-reports'), fullPage: true })
  expect(errors).toEqual([])

  expect(t.system.log.join('')).toMatch(/\[fn\] report report\.create web=demo-resident-1 \d+ms ok/)
  // The photo left the "phone" compressed: a 4000×3000 JPEG arrives as ≤ 300 KB.
  const { data: files } = await sdkFor(t.system)
    .database()
    .collection('files')
    .where({ ownerOpenid: 'demo-resident-1' })
    .get()
  expect(files).toHaveLength(1)
  expect(files[0].size).toBeLessThanOrEqual(300 * 1024)
  console.log(`photo: ${photo.length} bytes picked → ${files[0].size} bytes uploaded`)

  const worker = await contextAs(t.browser, t.system, 'demo-grid-1')
  const inbox = await worker.newPage()
  await inbox.goto(`${t.system.url}/#/pages/worker/inbox/index`)
  await inbox.locator('.inbox__item', { hasText: '楼道灯坏了' }).waitFor({ timeout: 15000 })
  await inbox.screenshot({ path: shot('worker-inbox'), fullPage: true })
})

import type { Page } from 'playwright-core'
import type { ReportSummary } from '@shared/contracts/report'
import { signIn } from '../support/gateway'
import { shot } from './support/browser'
import { contextAs, useSystemAndBrowser } from './support/system'

/**
 * Real people, issue 14, in the H5 build: a newcomer's name and verified phone reach the worker
 * as a 回电 button; a worker's card, as they edit it, is what residents read on 我的网格员; a
 * worker files for a resident found at an address, and the record says by whom, for whom.
 */
const t = useSystemAndBrowser()

async function pageAs(openid: string, route: string): Promise<Page> {
  const page = await (await contextAs(t.browser, t.system, openid)).newPage()
  await page.goto(`${t.system.url}/#/${route}`)
  return page
}

/** The 提交 tap; the demo street may already have a similar report nearby: file anyway. */
async function submit(page: Page): Promise<void> {
  await page.getByText('提交', { exact: true }).click()
  const nearby = page.getByText('不是同一个问题，仍要提交')
  const done = page.getByText('提交成功')
  await nearby.or(done).first().waitFor({ timeout: 20000 })
  if (await nearby.isVisible()) await nearby.click()
  await done.waitFor({ timeout: 20000 })
}

test('a new resident gives a name and a verified phone and files a report; the worker sees the phone with 回电', async () => {
  const openid = 'e2e-newcomer'
  const api = await signIn(t.system, openid)
  const home = { communityId: 'c-xinhua', buildingId: 'b-xinhua-1-1', unit: '3单元', room: '602' }
  expect((await api.call('user.bindAddress', home)).ok).toBe(true)
  const page = await pageAs(openid, 'pages/resident/profile/index')
  await page.locator('input[placeholder="请输入您的姓名"]').fill('赵新来')
  await page.getByText('保存姓名').click()
  await page.getByText('已保存').waitFor({ timeout: 15000 })
  // The H5 build has no phone-number button (WeChat only): the code a tap would give goes
  // through the same action the weapp button calls, exchanged by the function with WeChat.
  const { code } = await t.system.admin<{ code: string }>('phone-code', { phone: '13704731234' })
  expect((await api.call('user.bindPhone', { code })).ok).toBe(true)
  await page.reload()
  await page.getByText('13704731234').waitFor({ timeout: 15000 })

  await page.goto(`${t.system.url}/#/pages/home/index`)
  await page.getByText('报网格员', { exact: true }).first().click()
  await page.getByText('问题类型').waitFor({ timeout: 15000 })
  await page.getByText('噪音扰民', { exact: true }).click()
  await page.locator('textarea').fill('3单元楼上装修噪音到晚上十点')
  await submit(page)
  const mine = await api.call<{ items: ReportSummary[] }>('report.listMine', {})
  const id = mine.data.items.find((r) => r.description.includes('3单元楼上装修'))!.id

  const task = await pageAs('demo-grid-1', `pages/worker/task/index?id=${id}`)
  await task.getByText('报事人 赵新来').waitFor({ timeout: 15000 })
  await task.getByText('13704731234').waitFor()
  await task.getByText('回电', { exact: true }).waitFor()
  await task.screenshot({ path: shot('people-callback'), fullPage: true })
})

test('a worker edits their card; a resident of the grid reads exactly that on 我的网格员', async () => {
  const card = await pageAs('demo-grid-1', 'pages/worker/card/index')
  await card.getByText('保存名片').waitFor({ timeout: 15000 })
  await card.locator('input[placeholder="如：工作日 8:30–17:30"]').fill('周一至周五 9:00–17:00')
  await card
    .locator('textarea[placeholder="如：网格巡查、民情收集"]')
    .fill('入户走访、独居老人探视')
  await card.locator('input[placeholder="11 位手机号"]').fill('13904732001')
  await card.getByText('保存名片').click()
  await card.getByText('名片已保存').waitFor({ timeout: 15000 })

  const grid = await pageAs('demo-resident-1', 'pages/resident/my-grid/index')
  await grid.getByText('入户走访、独居老人探视').waitFor({ timeout: 15000 })
  await grid.getByText('周一至周五 9:00–17:00').waitFor()
  await grid.getByText('13904732001').first().waitFor()
  await grid.screenshot({ path: shot('people-card'), fullPage: true })
})

test('a worker files 代报 for a resident found at an address; the record says by whom, for whom', async () => {
  // The form's place is where residents are looked up: here the worker's own bound home, set to
  // 王秀兰's door (the H5 building picker is a drag wheel; the lookup is what is under test).
  const worker = await signIn(t.system, 'demo-grid-1')
  const door = { communityId: 'c-xinhua', buildingId: 'b-xinhua-1-1', unit: '2单元', room: '301' }
  expect((await worker.call('user.bindAddress', door)).ok).toBe(true)
  const page = await pageAs('demo-grid-1', 'pages/resident/report/index?target=grid&behalf=1')
  await page.getByText('代报对象').waitFor({ timeout: 15000 })
  await page.getByText('查找此地址的居民').click()
  await page
    .getByText(/王秀兰/)
    .first()
    .click()
  await page.getByText('噪音扰民', { exact: true }).click()
  await page.locator('textarea').fill('王阿姨来电：楼上装修太吵')
  await submit(page)

  const wang = await signIn(t.system, 'demo-resident-1')
  const mine = await wang.call<{ items: ReportSummary[] }>('report.listMine', {})
  const id = mine.data.items.find((r) => r.description.includes('王阿姨来电'))!.id
  const task = await pageAs('demo-grid-1', `pages/worker/task/index?id=${id}`)
  await task.getByText('报事人 王秀兰').waitFor({ timeout: 15000 })
  await task.getByText(/网格员 张海燕 代报/).waitFor()
  await task.screenshot({ path: shot('people-behalf'), fullPage: true })
})

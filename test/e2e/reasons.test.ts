import type { Browser, Page } from 'playwright-core'
import type { ReportDetail } from '@shared/contracts/report'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { launchBrowser, shot } from './support/browser'
import { contextAs, startSystem, type System } from './support/system'

/**
 * Issue 16 §1: a reason given for a step is on the report's timeline for the people who decide
 * next — the office reads why a worker blew the whistle, the handler reads why the resident
 * reopened. The steps go through the HTTP API; what is checked is the page each person reads.
 */
let system: System
let browser: Browser
let resident: GatewayUser
let worker: GatewayUser

beforeAll(async () => {
  ;[system, browser] = await Promise.all([startSystem(), launchBrowser()])
  ;[resident, worker] = await Promise.all([
    signIn(system, 'demo-resident-1'),
    signIn(system, 'demo-grid-1'),
  ])
})
afterAll(async () => {
  await browser?.close()
  await system?.stop()
})

async function fileReport(description: string, requestId: string): Promise<string> {
  const r = await resident.call<{ report: { id: string } }>('report.create', {
    target: 'grid',
    categoryKey: 'lighting',
    description,
    photos: [await resident.upload(`uploads/demo-resident-1/20261201/${requestId}.jpg`, TINY_JPEG)],
    location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
    urgency: 'normal',
    requestId,
  })
  if (!r.ok) throw new Error(`report.create: ${JSON.stringify(r.error)}`)
  return r.data.report.id
}

async function step(u: GatewayUser, id: string, action: string, extra: object = {}) {
  const got = await u.call<ReportDetail>('report.get', { id })
  if (!got.ok) throw new Error(`report.get: ${JSON.stringify(got.error)}`)
  const r = await u.call('report.transition', { id, version: got.data.version, action, ...extra })
  if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`)
}

async function pageAs(openid: string, route: string): Promise<Page> {
  const page = await (await contextAs(browser, system, openid)).newPage()
  await page.goto(`${system.url}/#/${route}`)
  return page
}

test('吹哨上报 with a reason: the office’s report page shows why', async () => {
  const id = await fileReport('三号楼楼道灯全坏了，晚上漆黑', 'e2e-reason-0001')
  await step(worker, id, 'accept')
  const why = '线路老化需要供电公司处理，网格无法维修'
  await step(worker, id, 'escalate', { reason: why })
  const office = await pageAs('demo-office-1', `pages/office/report/index?id=${id}`)
  await office.getByText(why).first().waitFor({ timeout: 15000 })
  await office
    .getByText(/吹哨上报/)
    .first()
    .waitFor()
  await office.screenshot({ path: shot('reason-escalate-office'), fullPage: true })
})

test('重新办理 with a reason: the handler’s task page shows why', async () => {
  const id = await fileReport('单元门口路灯一闪一闪', 'e2e-reason-0002')
  await step(worker, id, 'accept')
  await step(worker, id, 'resolve', {
    note: '已更换灯泡',
    photos: [await worker.upload('uploads/demo-grid-1/20261201/fixed.jpg', TINY_JPEG)],
  })
  const why = '换了灯泡第二天又坏了，还是一闪一闪'
  await step(resident, id, 'reopen', { reason: why })
  const task = await pageAs('demo-grid-1', `pages/worker/task/index?id=${id}`)
  await task.getByText(why).first().waitFor({ timeout: 15000 })
  await task
    .getByText(/重新办理/)
    .first()
    .waitFor()
  await task.screenshot({ path: shot('reason-reopen-worker'), fullPage: true })
})

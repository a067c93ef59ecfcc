import type { ReportSummary } from '@shared/contracts/report'
import { signIn, type GatewayUser } from '../support/gateway'
import { startSystem, type System } from '../support/system'
import { forwardCloudTo } from './support/emulator-cloud'
import { calls, renderPage, settle, textOf } from './support/load'
import { installFetch } from './support/node-fetch'

/**
 * The weapp live path (LivePoll + useLive) against the real emulator with its demo data: the
 * compiled inbox, open as 新华社区第一网格's worker, shows a report a resident files elsewhere
 * and puts the new unread count on the tab bar — and stops asking once the page hides.
 */
type Page = Awaited<ReturnType<typeof renderPage>>

let system: System
let worker: GatewayUser
let resident: GatewayUser
let stopForwarding = () => undefined as void
beforeAll(async () => {
  installFetch()
  system = await startSystem()
  ;[worker, resident] = await Promise.all([
    signIn(system, 'demo-grid-1'),
    signIn(system, 'demo-resident-1'),
  ])
  stopForwarding = forwardCloudTo(system, worker.token)
}, 60_000)
afterAll(async () => {
  stopForwarding()
  await system?.stop()
})
beforeEach(() => calls.splice(0))

const polls = () =>
  calls.filter(
    (c) =>
      c.api === 'cloud.callFunction' && (c.args as { action: string }).action === 'user.messages',
  ).length
const badges = () => calls.filter((c) => c.api === 'setTabBarBadge').map((c) => c.args)
async function until(f: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await f())) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await settle(100)
  }
}
async function unread(): Promise<number> {
  const r = await worker.call<{ unread: number }>('user.messages', { page: 1 })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.unread
}
const hide = (page: Page) => (page.instance as unknown as { onHide(): void }).onHide()

test('an open inbox shows a task filed meanwhile, and the tab bar the new unread count', async () => {
  const page = await renderPage('pages/worker/inbox/index')
  await until(() => textOf(page).includes('待受理'))
  const before = await unread()
  const description = `夜间噪音，楼上一直在拖动家具，影响休息 ${Date.now()}`
  const filed = await resident.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'noise', // needs no photo
    description,
    photos: [],
    location: { kind: 'address', buildingId: 'b-xinhua-1-2' },
    urgency: 'normal',
    requestId: `mp-live-${Date.now()}`,
    noCallback: true,
  })
  expect(filed.error).toBeUndefined()
  // The worker's 新任务 message is stored by the fan-out after commit (the function or the timer).
  let after = before
  await until(async () => (after = await unread()) > before)
  await until(() => textOf(page).includes(description))
  await until(() => badges().some((b) => (b as { text: string }).text === String(after)))
  hide(page)
})

test('nothing polls once the inbox hides', async () => {
  const page = await renderPage('pages/worker/inbox/index')
  await until(() => polls() > 0) // the poll runs while the page is on screen
  hide(page)
  await settle() // a poll in flight when it hid may still land
  const seen = polls()
  // Absence needs a window: a shown page's poll restarts at 3 s and backs off ×1.5 (LivePoll), so
  // 10 s after its first poll would have held at least two more.
  await new Promise((r) => setTimeout(r, 10_000))
  expect(polls()).toBe(seen)
})

import { CLOUD, signedInAs } from './fixtures'
import { calls, cloudHandlers, renderPage, settle, textOf, wxResults } from './support/load'

/**
 * The compiled weapp's notification path: the inbox's 接收新任务提醒 prompt (asked inside the
 * tap, recorded, the ledger shown again), the user's 「总是保持以上选择」 respected, and the live
 * poll that keeps an open inbox and the tab bar's unread badge current.
 */
type Page = Awaited<ReturnType<typeof renderPage>>

let remaining = 2
let unread = 1
let inboxLoads = 0
beforeAll(() =>
  Object.assign(cloudHandlers, CLOUD, signedInAs('grid_worker'), {
    'user.grants': () => ({
      grants: [{ template: 'newTask', templateId: 'TPL_NEW_TASK', remaining, askAgain: true }],
    }),
    'user.recordGrants': (p: { answers: Record<string, string> }) => {
      remaining += Object.values(p.answers).filter((a) => a === 'accept').length
      return { granted: Object.keys(p.answers) }
    },
    'user.messages': () => ({ items: [], unread, hasMore: false }),
    'report.inbox': (p: unknown) => {
      inboxLoads += 1
      return (CLOUD['report.inbox'] as (p: unknown) => unknown)(p)
    },
  }),
)
beforeEach(() => calls.splice(0))

const called = (api: string) => calls.filter((c) => c.api === api).map((c) => c.args)
const cloudCalls = (action: string) =>
  calls
    .filter((c) => c.api === 'cloud.callFunction')
    .map((c) => c.args as { action: string; payload: unknown })
    .filter((c) => c.action === action)
async function until(f: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms
  while (!f()) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await settle(50)
  }
}
const banner = (page: Page) => page.querySelector('.grant-banner')!

test('接收新任务提醒: a tap asks for the 新任务 template and banks what the user accepted', async () => {
  wxResults.requestSubscribeMessage = { TPL_NEW_TASK: 'accept' }
  wxResults.getSetting = { subscriptionsSetting: { mainSwitch: true, itemSettings: {} } }
  const page = await renderPage('pages/worker/inbox/index')
  expect(textOf(page)).toContain('仅剩 2 次提醒')
  banner(page).dispatchEvent('tap')
  await until(() => textOf(page).includes('仅剩 3 次提醒'))
  expect(called('requestSubscribeMessage')).toEqual([
    expect.objectContaining({ tmplIds: ['TPL_NEW_TASK'] }),
  ])
  expect(cloudCalls('user.recordGrants').map((c) => c.payload)).toEqual([
    { answers: { TPL_NEW_TASK: 'accept' } },
  ])
  expect(textOf(page)).toContain('已开启，有新消息会提醒您')
})

test('「总是保持以上选择」 with no: the tap shows where to turn it on and asks nothing', async () => {
  wxResults.getSetting = {
    subscriptionsSetting: { mainSwitch: true, itemSettings: { TPL_NEW_TASK: 'reject' } },
  }
  const page = await renderPage('pages/worker/inbox/index')
  await until(() => textOf(page).includes('设置 → 订阅消息'))
  banner(page).dispatchEvent('tap')
  await settle()
  expect(called('requestSubscribeMessage')).toEqual([])
  expect(cloudCalls('user.recordGrants')).toEqual([])
})

test('an open inbox polls: a new message reloads it and the tab bar shows the unread count', async () => {
  wxResults.getSetting = { subscriptionsSetting: { mainSwitch: true, itemSettings: {} } }
  await renderPage('pages/worker/inbox/index')
  const loads = inboxLoads
  unread = 4 // a new task's message arrives on the server
  await until(() => inboxLoads > loads, 15_000)
  expect(called('setTabBarBadge')).toContainEqual(expect.objectContaining({ index: 1, text: '4' }))
  // All read elsewhere: the badge goes.
  unread = 0
  await until(() => called('removeTabBarBadge').length > 0, 15_000)
})

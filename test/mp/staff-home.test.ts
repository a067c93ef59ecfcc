import { CLOUD, signedInAs } from './fixtures'
import { calls, cloudHandlers, renderPage, settle, textOf } from './support/load'
import { called, tap } from './support/taps'

/**
 * A grid worker's 首页 and 我的 in the compiled weapp build (issue 16: staff start where they
 * work): their counts first, each opening its own inbox tab; 我的 without a resident's rows.
 */
type Page = Awaited<ReturnType<typeof renderPage>>

beforeAll(() =>
  Object.assign(cloudHandlers, CLOUD, signedInAs('grid_worker'), {
    'report.workCounts': () => ({ counts: { overdue: 2, pending: 5 } }),
  }),
)
beforeEach(() => calls.splice(0))

async function until(page: Page, text: string): Promise<string> {
  for (let i = 0; i < 60 && !textOf(page).includes(text); i++) await settle(20)
  return textOf(page)
}

const cloudCalls = (action: string) =>
  called('cloud.callFunction').filter((c) => c.action === action)

test('首页 shows a grid worker their work first: 已超时 and 待受理 with the server’s counts', async () => {
  const page = await renderPage('pages/home/index')
  const shown = await until(page, '我的工作')
  await until(page, '5待受理')
  const counts = page.querySelectorAll('.staff-work__count').map((c) => textOf(c))
  expect(counts.map((t) => t.replace(/\s/g, ''))).toEqual(['2已超时', '5待受理'])
  // Before the resident's entries, which stay as they are.
  expect(shown.indexOf('我的工作')).toBeLessThan(shown.indexOf('一键报事'))
  expect(cloudCalls('report.workCounts').length).toBeGreaterThan(0)
})

test.each([
  ['已超时', '/pages/worker/inbox/index?tab=overdue'],
  ['待受理', '/pages/worker/inbox/index?tab=pending'],
])('a tap on %s opens %s', async (label, url) => {
  const page = await renderPage('pages/home/index')
  await until(page, label)
  await tap(page, '.staff-work__count', label)
  expect(called('navigateTo')).toEqual([expect.objectContaining({ url })])
})

test('我的 shows a grid worker their work and no resident rows', async () => {
  const shown = await until(await renderPage('pages/me/index'), '任务收件箱')
  for (const t of ['任务收件箱', '我的名片', '消息', '我的报事', '个人信息'])
    expect(shown).toContain(t)
  for (const t of ['我的住址', '未绑定', '在线办事', '工作人员加入']) expect(shown).not.toContain(t)
})

test('the inbox opens the tab named in its address, by time left; 最新 reorders it', async () => {
  const page = await renderPage('pages/worker/inbox/index', { tab: 'overdue' })
  await until(page, '楼道灯坏了')
  expect(cloudCalls('report.inbox')[0]).toMatchObject({
    payload: { tab: 'overdue', sort: 'deadline', page: 1 },
  })
  calls.splice(0)
  await tap(page, '.inbox-sort__opt', '最新')
  await until(page, '楼道灯坏了')
  expect(cloudCalls('report.inbox')).toEqual([
    expect.objectContaining({ payload: { tab: 'overdue', sort: 'newest', page: 1 } }),
  ])
})

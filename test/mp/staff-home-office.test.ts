import { CLOUD, signedInAs } from './fixtures'
import { calls, cloudHandlers, renderPage, settle, textOf } from './support/load'

/** The street office's 首页 and 我的 in the compiled weapp build (issue 16 point 6). */
type Page = Awaited<ReturnType<typeof renderPage>>

beforeAll(() =>
  Object.assign(cloudHandlers, CLOUD, signedInAs('office'), {
    'report.workCounts': () => ({
      counts: { escalations: 1, overdue: 0, pending: 4, applications: 3 },
    }),
  }),
)
beforeEach(() => calls.splice(0))

async function until(page: Page, text: string): Promise<string> {
  for (let i = 0; i < 60 && !textOf(page).includes(text); i++) await settle(20)
  return textOf(page)
}

test('首页 shows the office its queues and 待审核; a tap on 待审核 opens 证明审核', async () => {
  const page = await renderPage('pages/home/index')
  await until(page, '3待审核')
  const counts = page.querySelectorAll('.staff-work__count')
  expect(counts.map((c) => textOf(c).replace(/\s/g, ''))).toEqual([
    '1吹哨待办',
    '0已超时',
    '4待受理',
    '3待审核',
  ])
  counts[3].dispatchEvent('tap')
  await settle(20)
  expect(calls.filter((c) => c.api === 'navigateTo').map((c) => c.args)).toEqual([
    expect.objectContaining({ url: '/pages/office/applications/index?filter=submitted' }),
  ])
})

test('我的 shows the office its desks, and no 我的住址 (未绑定) or resident rows', async () => {
  const shown = await until(await renderPage('pages/me/index'), '街道工作台')
  for (const t of ['街道工作台', '证明审核', '消息', '个人信息']) expect(shown).toContain(t)
  for (const t of ['我的住址', '未绑定', '我的报事', '在线办事', '工作人员加入'])
    expect(shown).not.toContain(t)
})

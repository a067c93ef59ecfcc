import { CLOUD, signedInAs } from './fixtures'
import { GRID_CLOUD } from './fixtures-grid'
import { calls, cloudHandlers, renderPage, settle, textOf } from './support/load'
import { createWx } from './support/wx'
import { tap } from './support/taps'

type Page = Awaited<ReturnType<typeof renderPage>>

// 长辈版 was chosen on this phone before: the app reads it from wx storage at launch.
beforeAll(() => {
  ;(createWx().setStorageSync as (k: string, v: unknown) => void)('xb.display', {
    elder: true,
    offered: true,
  })
  Object.assign(cloudHandlers, CLOUD, GRID_CLOUD, signedInAs('resident'))
})
beforeEach(() => calls.splice(0))

const classOf = (page: Page, selector: string) =>
  (page.querySelector(selector)?.dom as Element | undefined)?.getAttribute('class') ?? ''

test('长辈版 首页 renders from the compiled bundle: three big buttons and 我的报事 with its state in words', async () => {
  const page = await renderPage('pages/home/index')
  expect(classOf(page, '.page')).toContain('elder')
  const shown = textOf(page)
  for (const t of ['我要报事', '办证明', '找网格员', '我的报事', '状态：待受理'])
    expect(shown).toContain(t)
  // The standard 首页's tiles and hotlines are not there.
  expect(shown).not.toContain('快捷服务')
})

test('找网格员 calls the grid worker in one tap', async () => {
  const page = await renderPage('pages/home/index')
  await settle()
  await tap(page, '.elder-home__big', '找网格员')
  const dialled = calls.filter((c) => c.api === 'makePhoneCall').map((c) => c.args)
  expect(dialled).toEqual([expect.objectContaining({ phoneNumber: '13904732001' })])
})

test('a resident page carries the 长辈版 class on its root', async () => {
  const page = await renderPage('pages/resident/my-reports/index')
  expect(classOf(page, '.page')).toContain('elder')
})

/** Waits (a busy machine renders slowly) until the page shows `selector`. */
async function shown(page: Page, selector: string) {
  for (let i = 0; i < 60 && !page.querySelector(selector); i++) await settle()
  return page.querySelector(selector)
}

test('长辈版 我的报事 shows its title on the page as a main heading (the navigation bar’s is small)', async () => {
  const page = await renderPage('pages/resident/my-reports/index')
  const heading = await shown(page, '.page-heading')
  expect(heading ? textOf(heading) : (page.dom as Element).innerHTML.slice(0, 800)).toBe('我的报事')
})

test('长辈版 注销账号 is asked on the page, never in a modal; 取消 keeps the account', async () => {
  cloudHandlers['user.deleteAccount'] = () => ({ deleted: true })
  const page = await renderPage('pages/resident/profile/index')
  await shown(page, '.profile__delete')
  await tap(page, '.profile__delete', '注销账号')
  expect(textOf(page)).toContain('确定注销吗？')
  await tap(page, '.notice-ask__no', '取消')
  expect(textOf(page)).not.toContain('确定注销吗？')
  await tap(page, '.profile__delete', '注销账号')
  await tap(page, '.notice-ask__yes', '确定注销')
  await shown(page, '.notice-line__text')
  expect(textOf(page)).toContain('账号已注销')
  expect(calls.filter((c) => ['showModal', 'showToast'].includes(c.api))).toEqual([])
})

// Last: it switches 长辈版 off for the rest of this file.
test('我的 → 长辈版 says 已开启, and a tap switches it off and remembers it', async () => {
  const page = await renderPage('pages/me/index')
  expect(textOf(page)).toContain('已开启')
  await tap(page, '.elder-switch', '长辈版')
  expect(textOf(page)).toContain('已关闭')
  const wx = createWx() as { getStorageSync: (k: string) => { elder: boolean } }
  expect(wx.getStorageSync('xb.display').elder).toBe(false)
})

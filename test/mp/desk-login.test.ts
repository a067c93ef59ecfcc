import { CLOUD, signedInAs } from './fixtures'
import { DESK_SCENE } from './fixtures-auth'
import { calls, cloudHandlers, renderPage, settle, textOf } from './support/load'
import { tap } from './support/taps'

/**
 * 登录街道工作台 in the compiled weapp build, opened as a scan of the desk's code opens it
 * (`scene`, URI-encoded as WeChat passes it): what is being signed in, then 确认登录 or 取消.
 */
type Page = Awaited<ReturnType<typeof renderPage>>

beforeAll(() => Object.assign(cloudHandlers, CLOUD, signedInAs('office')))
beforeEach(() => calls.splice(0))

async function until(page: Page, text: string): Promise<string> {
  for (let i = 0; i < 60 && !textOf(page).includes(text); i++) await settle(20)
  return textOf(page)
}

const authCalls = (action: string) =>
  calls
    .filter((c) => c.api === 'cloud.callFunction')
    .map((c) => c.args as { action?: string; payload?: unknown })
    .filter((a) => a.action === action)

test('a scan opens the page with its scene; 确认登录 confirms that login', async () => {
  const page = await renderPage('pages/office/desk-login/index', {
    scene: encodeURIComponent(DESK_SCENE),
  })
  const shown = await until(page, '确认登录')
  for (const t of ['登录街道工作台', 'Chrome · Windows', '10.1.2.3', '取消'])
    expect(shown).toContain(t)
  expect(authCalls('auth.deskScan')[0]?.payload).toEqual({ scene: DESK_SCENE })
  await tap(page, '.btn-main', '确认登录')
  expect(await until(page, '已确认登录')).toContain('请回到电脑上继续')
  expect(authCalls('auth.confirmDesk')[0]?.payload).toEqual({ id: DESK_SCENE, confirm: true })
})

test('取消 refuses the login', async () => {
  const page = await renderPage('pages/office/desk-login/index', { scene: DESK_SCENE })
  await until(page, '确认登录')
  await tap(page, '.desk-login__cancel', '取消')
  expect(await until(page, '已取消登录')).toContain('刷新二维码')
  expect(authCalls('auth.confirmDesk')[0]?.payload).toEqual({ id: DESK_SCENE, confirm: false })
})

import Taro from '@tarojs/taro'
import StreetImportPage from '@/pages/office/street-import'
import { FakeCloud } from '../../support/fake-cloud'
import { byText, renderPage } from '../support/render'

/**
 * 长辈版 has no pop-ups on the staff's pages either (issue 19): 停用密钥 is asked on the page and
 * 已新建街道 stays as a status line; standard mode keeps its modal.
 */
jest.setTimeout(30_000)

const text = () => document.body.textContent ?? ''
const KEY = { id: 'k1', name: '区12345热线', createdAt: '2026-11-30T02:00:00.000Z', revoked: false }

/** Waits (a busy machine draws slowly) until `cond` holds; on failure shows what the page says. */
async function until(cond: () => boolean) {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(cond() ? 'drawn' : text()).toBe('drawn')
}

let toast: jest.SpyInstance
let modal: jest.SpyInstance
beforeEach(() => {
  toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: '' })
  modal = jest
    .spyOn(Taro, 'showModal')
    .mockResolvedValue({ confirm: true, cancel: false, errMsg: '' })
})
afterEach(() => jest.restoreAllMocks())

async function open(me: object, elder: boolean) {
  const cloud = new FakeCloud()
    .on('user.whoami', () => me)
    .on('grid.streets', () => ({ streets: [{ id: 'haibei', name: '海北街道', code: 'BS' }] }))
    .on('grid.apiKeys', () => ({ keys: [KEY] }))
    .on('grid.revokeApiKey', (p) => p)
    .on('grid.createStreet', (p) => ({ id: 'st-fh', ...(p as object) }))
  const r = await renderPage(StreetImportPage, cloud)
  r.store.display.setElder(elder)
  await r.store.session.load()
  return { ...r, cloud }
}

const office = { openid: 'o_off', role: 'office', registered: true }
const district = { openid: 'o_d', role: 'district', registered: true }

test('长辈版 停用密钥: asked on the page, nothing revoked until 停用 is tapped', async () => {
  const { utils, cloud } = await open(office, true)
  await until(() => text().includes('区12345热线'))
  utils.fireEvent.click(byText(utils, '停用'))
  await until(() => !!document.querySelector('.notice-ask'))
  expect(modal).not.toHaveBeenCalled()
  expect(text()).toContain('停用后“区12345热线”将无法再提交报事。')
  expect(cloud.calls.some((c) => c.action === 'grid.revokeApiKey')).toBe(false)
  const yes = document.querySelector('.notice-ask__yes') as HTMLElement
  utils.fireEvent.click(yes)
  await until(() => cloud.calls.some((c) => c.action === 'grid.revokeApiKey'))
  expect(document.querySelector('.notice-ask')).toBeNull()
})

test('standard mode 停用密钥 keeps its modal', async () => {
  const { utils, cloud } = await open(office, false)
  await until(() => text().includes('区12345热线'))
  utils.fireEvent.click(byText(utils, '停用'))
  await until(() => cloud.calls.some((c) => c.action === 'grid.revokeApiKey'))
  expect(modal).toHaveBeenCalledTimes(1)
  expect(document.querySelector('.notice-ask')).toBeNull()
})

test('长辈版 新建街道: 已新建街道 stays on the page, no toast', async () => {
  const { utils, cloud } = await open(district, true)
  await until(() => text().includes('海北街道（BS）'))
  const inputs = [...document.querySelectorAll('taro-input-core')]
  const type = (i: number, value: string) =>
    inputs[i].dispatchEvent(new CustomEvent('input', { bubbles: true, detail: { value } }))
  type(0, '凤凰岭街道')
  type(1, 'FH')
  await new Promise((r) => setTimeout(r, 20))
  utils.fireEvent.click(byText(utils, '新建街道'))
  await until(() => cloud.calls.some((c) => c.action === 'grid.createStreet'))
  await until(() => (document.querySelector('[role=status]')?.textContent ?? '') === '已新建街道')
  expect(toast).not.toHaveBeenCalled()
})

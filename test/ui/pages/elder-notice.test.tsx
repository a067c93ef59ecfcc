import Taro from '@tarojs/taro'
import type { ComponentType } from 'react'
import BindAddressPage from '@/pages/resident/bind-address'
import JoinPage from '@/pages/resident/join'
import MyReportsPage from '@/pages/resident/my-reports'
import ProfilePage from '@/pages/resident/profile'
import { FakeCloud } from '../../support/fake-cloud'
import { byText, renderPage } from '../support/render'

/**
 * 长辈版 has no pop-ups (issue 19, 工信部 适老化规范): what a toast or a modal says in standard
 * mode stays on the page as a status line, with the next step as a button the resident taps when
 * ready, and 注销账号 is asked on the page. Standard mode keeps its toasts.
 */
const resident = { openid: 'o_r', role: 'resident', name: '王秀兰', registered: true }
const PLACES = {
  communities: [
    {
      _id: 'c1',
      name: '新华社区',
      buildings: [{ _id: 'b1', name: '新华小区1号楼', units: ['2单元'] }],
    },
  ],
}
const PROFILE = { name: '王秀兰', phone: '', consents: [] }

const text = () => document.body.textContent ?? ''
const live = () => document.querySelector('[role=status]')?.textContent ?? ''

/** Waits (a busy machine draws slowly) until `cond` holds; on failure shows what the page says. */
async function until(cond: () => boolean) {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(cond() ? 'drawn' : text()).toBe('drawn')
}

let toast: jest.SpyInstance
let modal: jest.SpyInstance
let back: jest.SpyInstance
let tab: jest.SpyInstance
beforeEach(() => {
  toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: '' })
  modal = jest
    .spyOn(Taro, 'showModal')
    .mockResolvedValue({ confirm: true, cancel: false, errMsg: '' })
  back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: '' })
  tab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: '' })
})
afterEach(() => jest.restoreAllMocks())

async function open(Page: ComponentType, cloud: FakeCloud, elder: boolean) {
  const r = await renderPage(
    Page,
    cloud.on('user.whoami', () => resident),
  )
  r.store.display.setElder(elder)
  await r.store.session.load()
  return r
}

async function bindHome(elder: boolean) {
  const cloud = new FakeCloud().on('grid.places', () => PLACES).on('user.bindAddress', () => ({}))
  const { utils, store } = await open(BindAddressPage, cloud, elder)
  // The session's first load forgets reference data asked for before it: ask again, as the app
  // (which loads the session before any page) would have it.
  await store.reference.places.load()
  await until(() => text().includes('新华社区'))
  utils.fireEvent.click(byText(utils, '新华社区'))
  utils.fireEvent.click(byText(utils, '新华小区1号楼'))
  utils.fireEvent.click(byText(utils, '2单元'))
  const room = document.querySelector('taro-input-core')!
  room.dispatchEvent(new CustomEvent('input', { bubbles: true, detail: { value: '301' } }))
  await new Promise((r) => setTimeout(r, 20))
  utils.fireEvent.click(byText(utils, '保存住址'))
  await until(() => cloud.calls.some((c) => c.action === 'user.bindAddress'))
  return utils
}

jest.setTimeout(20_000)

test('长辈版 绑定住址: 住址已保存 stays on the page; the resident goes back with 返回', async () => {
  const utils = await bindHome(true)
  await until(() => live().includes('住址已保存'))
  expect(toast).not.toHaveBeenCalled()
  // No timer takes the resident away: back only on their tap.
  expect(back).not.toHaveBeenCalled()
  utils.fireEvent.click(byText(utils, '返回'))
  expect(back).toHaveBeenCalledTimes(1)
})

test('standard mode keeps the toast and goes back at once', async () => {
  await bindHome(false)
  await until(() => back.mock.calls.length === 1)
  expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '住址已保存' }))
  expect(document.querySelector('[role=status]')).toBeNull()
})

test('长辈版 注销账号 is asked on the page, not in a modal; 取消 keeps the account', async () => {
  const cloud = new FakeCloud()
    .on('user.profile', () => PROFILE)
    .on('user.deleteAccount', () => ({ deleted: true }))
  const { utils } = await open(ProfilePage, cloud, true)
  await until(() => text().includes('注销后：'))
  utils.fireEvent.click(byText(utils, '注销账号').closest('taro-button-core')!)
  await until(() => text().includes('确定注销吗？'))
  expect(modal).not.toHaveBeenCalled()
  utils.fireEvent.click(byText(utils, '取消'))
  await until(() => !text().includes('确定注销吗？'))
  expect(cloud.calls.some((c) => c.action === 'user.deleteAccount')).toBe(false)

  utils.fireEvent.click(byText(utils, '注销账号').closest('taro-button-core')!)
  await until(() => text().includes('确定注销吗？'))
  utils.fireEvent.click(byText(utils, '确定注销'))
  await until(() => live().includes('账号已注销'))
  expect(cloud.calls.filter((c) => c.action === 'user.deleteAccount')).toHaveLength(1)
  expect(toast).not.toHaveBeenCalled()
  expect(tab).not.toHaveBeenCalled()
  utils.fireEvent.click(byText(utils, '回到“我的”'))
  expect(tab).toHaveBeenCalledTimes(1)
})

test('长辈版 工作人员加入: 加入成功 is said on the page instead of a modal', async () => {
  const cloud = new FakeCloud().on('user.redeemInvite', () => ({ role: 'grid_worker' }))
  const { utils } = await open(JoinPage, cloud, true)
  const code = document.querySelector('taro-input-core')!
  code.dispatchEvent(new CustomEvent('input', { bubbles: true, detail: { value: 'ABCD-EFGH' } }))
  await new Promise((r) => setTimeout(r, 20))
  utils.fireEvent.click(byText(utils, '加入'))
  await until(() => cloud.calls.some((c) => c.action === 'user.redeemInvite'))
  await until(() => live().includes('加入成功：您已成为网格员'))
  expect(modal).not.toHaveBeenCalled()
  expect(tab).not.toHaveBeenCalled()
  utils.fireEvent.click(byText(utils, '去“我的”'))
  expect(tab).toHaveBeenCalledTimes(1)
})

test('长辈版 我的报事 has an on-page level-1 heading', async () => {
  const cloud = new FakeCloud().on('report.listMine', () => ({ items: [], hasMore: false }))
  await open(MyReportsPage, cloud, true)
  await until(() => !!document.querySelector('[role=heading][aria-level="1"]'))
  expect(document.querySelector('[role=heading][aria-level="1"]')!.textContent).toBe('我的报事')
})

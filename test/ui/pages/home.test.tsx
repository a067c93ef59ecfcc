import Taro from '@tarojs/taro'
import HomePage from '@/pages/home'
import { HOTLINES, REPORT_ENTRIES, SERVICE_ENTRIES } from '@/pages/home/entries'
import { FakeCloud } from '../../support/fake-cloud'
import { byText, renderPage } from '../support/render'

describe('首页', () => {
  afterEach(() => jest.restoreAllMocks())

  it('shows 一键报事, 在线办事, 我的网格员 and 快捷服务', async () => {
    const { utils } = await renderPage(HomePage)
    const text = document.body.textContent ?? ''
    for (const label of ['一键报事', '报网格员', '报物业', '在线办事', '我的网格员', '快捷服务']) {
      expect(text).toContain(label)
    }
    expect(utils.queries.queryAllByText('12345').length).toBeGreaterThan(0)
  })

  it.each([...REPORT_ENTRIES, ...SERVICE_ENTRIES].map((e) => [e.title, e] as const))(
    'a tap on %s opens its page, or says plainly it is not ready',
    async (title, entry) => {
      const modal = jest
        .spyOn(Taro, 'showModal')
        .mockResolvedValue({ confirm: true, cancel: false, errMsg: '' })
      const nav = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: '' })
      const { utils } = await renderPage(HomePage)
      utils.fireEvent.click(byText(utils, title))
      if (entry.ready) {
        expect(nav).toHaveBeenCalledWith({ url: entry.url })
      } else {
        expect(nav).not.toHaveBeenCalled()
        expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '即将上线' }))
      }
    },
  )

  it('dials a hotline on tap', async () => {
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: '' })
    const { utils } = await renderPage(HomePage)
    utils.fireEvent.click(byText(utils, HOTLINES[0].name))
    expect(call).toHaveBeenCalledWith({ phoneNumber: HOTLINES[0].phone })
  })

  it('greets a signed-in resident by name', async () => {
    const cloud = new FakeCloud().on('user.whoami', () => ({
      openid: 'o_r',
      role: 'resident',
      name: '王阿姨',
      registered: true,
    }))
    const { store } = await renderPage(HomePage, cloud)
    await store.session.load()
    await new Promise((r) => setTimeout(r, 20))
    expect(document.body.textContent).toContain('王阿姨，您好')
  })
})

import StreetImportPage from '@/pages/office/street-import'
import { FakeCloud } from '../../support/fake-cloud'
import { byText, renderPage } from '../support/render'

jest.setTimeout(30_000)

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms))
const STREETS = [
  { id: 'fenghuang', name: '凤凰岭街道', code: 'FH' },
  { id: 'haibei', name: '海北街道', code: 'BS' },
]

async function open(me: object, streets: () => unknown = () => ({ streets: STREETS })) {
  const cloud = new FakeCloud()
    .on('user.whoami', () => me)
    .on('grid.streets', streets)
    .on('grid.apiKeys', () => ({ keys: [] }))
  const r = await renderPage(StreetImportPage, cloud)
  await r.store.session.load()
  await tick()
  return r
}

/** 街道数据导入 (issue 20): the district picks or creates the street; an office has its own. */
it('the district sees its streets to choose from and no Open311 keys', async () => {
  const { utils, cloud } = await open({ openid: 'o_d', role: 'district', registered: true })
  expect(document.body.textContent).toContain('新建街道')
  expect(document.body.textContent).not.toContain('对外接口')
  expect(cloud.calls.some((c) => c.action === 'grid.apiKeys')).toBe(false)
  utils.fireEvent.click(byText(utils, '凤凰岭街道（FH）'))
  await tick()
  expect(document.body.textContent).toContain('将导入到：凤凰岭街道')
})

it("the district's street list that failed to load says so, with 重试", async () => {
  let fail = true
  const { utils } = await open({ openid: 'o_d', role: 'district', registered: true }, () => {
    if (fail) throw new Error('网络不稳定，请重试')
    return { streets: STREETS }
  })
  expect(document.body.textContent).toContain('网络不稳定，请重试')
  fail = false
  utils.fireEvent.click(byText(utils, '重试'))
  await tick()
  expect(document.body.textContent).toContain('海北街道（BS）')
})

it('an office imports into its own street: no street picker, its Open311 keys', async () => {
  const { cloud } = await open({ openid: 'o_off', role: 'office', registered: true })
  expect(document.body.textContent).not.toContain('新建街道')
  expect(document.body.textContent).toContain('对外接口')
  expect(cloud.calls.some((c) => c.action === 'grid.streets')).toBe(false)
})

it('a grid worker is told who the page is for', async () => {
  await open({ openid: 'o_g', role: 'grid_worker', registered: true })
  expect(document.body.textContent).toContain('此页面供街道工作人员和区级账号使用')
})

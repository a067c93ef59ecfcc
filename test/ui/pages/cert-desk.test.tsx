import Taro from '@tarojs/taro'
import { ApplicationView } from '@/components/ApplicationView'
import ApplicationsPage from '@/pages/office/applications'
import { neighbour } from '@/pages/office/applications/queue'
import type { ApplicationDetail, ApplicationSummary } from '@shared/contracts/certificate'
import { FakeCloud } from '../../support/fake-cloud'
import { renderPage } from '../support/render'

const office = { openid: 'o_off', role: 'office', name: '陈主任', registered: true }

const summary = (id: string): ApplicationSummary => ({
  id,
  no: `SQ-${id}`,
  typeKey: 'residence',
  typeName: '居住证明',
  state: 'submitted',
  stateLabel: '待审核',
  applicantName: `申请人${id}`,
  purposeLabel: '入学',
  createdAt: new Date().toISOString(),
  deadline: null,
  overdue: false,
  serial: null,
})

const detail: ApplicationDetail = {
  ...summary('a1'),
  version: 1,
  idNumber: '110105199001011234',
  phone: '13800000000',
  addressLabel: '新华小区1号楼',
  form: {},
  attachments: [
    { kind: 'id', label: '身份证', fileID: 'cloud://f/id.jpg' },
    { kind: 'hukou', label: '户口簿', fileID: 'cloud://f/hukou.jpg' },
  ],
  promise: null,
  events: [],
  decisionNote: '',
  certificate: null,
  verifications: [],
  actions: ['approve', 'reject'],
}

async function until(ok: () => boolean) {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(ok()).toBe(true)
}
const text = () => document.body.textContent ?? ''
const press = (key: string) =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
const thumbs = () => [...document.querySelectorAll('.application-view__img')] as HTMLElement[]

test('at the desk an attachment opens in the zoom view: → steps to the next, Esc closes', async () => {
  const { utils } = await renderPage(() => <ApplicationView a={detail} desk />)
  await until(() => thumbs()[0]?.tagName !== 'DIV' && thumbs().length === 2)
  utils.fireEvent.click(thumbs()[0])
  await until(() => text().includes('身份证（1/2）'))
  press('ArrowRight')
  await until(() => text().includes('户口簿（2/2）'))
  press('ArrowRight') // wraps round to the first
  await until(() => text().includes('身份证（1/2）'))
  press('Escape')
  await until(() => !document.querySelector('.zoom'))
})

test('on a phone an attachment still opens in the system image preview', async () => {
  const preview = jest.spyOn(Taro, 'previewImage').mockResolvedValue({ errMsg: '' })
  const { utils } = await renderPage(() => <ApplicationView a={detail} />)
  await until(() => thumbs().length === 2 && !!thumbs()[1].getAttribute('src'))
  utils.fireEvent.click(thumbs()[1])
  expect(preview).toHaveBeenCalledWith(
    expect.objectContaining({ current: 'http://files.test/cloud://f/hukou.jpg' }),
  )
  expect(document.querySelector('.zoom')).toBeNull()
})

describe('the desk (H5, ≥ 1200 px)', () => {
  const env = process.env.TARO_ENV
  const mm = window.matchMedia
  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
    window.matchMedia = ((q: string) => ({
      matches: q.includes('1200px'),
      addEventListener() {},
      removeEventListener() {},
    })) as unknown as typeof window.matchMedia
  })
  afterEach(() => {
    process.env.TARO_ENV = env
    window.matchMedia = mm
  })

  test('j/k walk the applications queue and Enter opens the marked one', async () => {
    const nav = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: '' })
    const cloud = new FakeCloud()
      .on('user.whoami', () => office)
      .on('certificate.queue', () => ({
        items: ['a1', 'a2', 'a3'].map(summary),
        hasMore: false,
        counts: { submitted: 3, needMaterial: 0, approved: 0, rejected: 0, revoked: 0, all: 3 },
      }))
    const { store } = await renderPage(ApplicationsPage, cloud)
    await store.session.load()
    await until(() => text().includes('申请人a3'))
    const cursor = () => document.querySelector('.review__item--cursor')?.textContent ?? ''
    press('j')
    await until(() => cursor().includes('申请人a1'))
    press('j')
    press('j')
    press('j') // stops at the end
    await until(() => cursor().includes('申请人a3'))
    press('k')
    await until(() => cursor().includes('申请人a2'))
    press('Enter')
    expect(nav).toHaveBeenCalledWith({ url: expect.stringContaining('id=a2') })
    // The review page's j/k step through the same queue.
    expect(neighbour('a2', 'j')).toBe('a3')
    expect(neighbour('a1', 'k')).toBe('')
  })
})

import type { ReportDetail } from '@shared/contracts/report'
import ReportActions from '@/components/ReportActions'
import { FakeCloud } from '../../support/fake-cloud'
import { byText, renderPage } from '../support/render'

/** 常用语 in a report's action form: a chip inserts its text, which stays editable. */
const report = {
  id: 'r1',
  no: 'BS20261123-0001',
  version: 3,
  state: 'submitted',
  actions: ['reject', 'urge'],
} as unknown as ReportDetail
// The first mount loads Taro's H5 components: slow on a busy machine.
jest.setTimeout(30_000)
const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms))

async function shows(text: string) {
  for (let i = 0; i < 300 && !document.body.textContent?.includes(text); i++) await tick(10)
  return document.body.textContent ?? ''
}

function type(text: string) {
  const el = document.querySelector('taro-textarea-core')!
  el.dispatchEvent(new CustomEvent('input', { bubbles: true, detail: { value: text } }))
}

const lists = {
  reject: ['不属于街道受理范围', '描述不清'],
  urge: ['请今日内办结'],
  accept: ['马上到'],
}

async function open(cloud: FakeCloud) {
  cloud
    .on('sla.phrases', () => ({ lists, version: 4 }))
    .on('report.transition', (p) => ({ ...report, actions: [], ...(p as object) }))
  return renderPage(() => <ReportActions report={report} onDone={() => undefined} />, cloud)
}

test('不予受理: the list of that action shows; chips insert after what is typed; the text is sent as edited', async () => {
  const cloud = new FakeCloud()
  const { utils } = await open(cloud)
  expect(cloud.calls).toHaveLength(0) // nothing loads before a form opens
  utils.fireEvent.click(byText(utils, '不予受理'))
  const text = await shows('描述不清')
  expect(text).toContain('不属于街道受理范围')
  expect(text).not.toContain('请今日内办结') // another action's list
  utils.fireEvent.click(byText(utils, '不属于街道受理范围'))
  await tick()
  type('不属于街道受理范围，请拨打12345')
  await tick()
  utils.fireEvent.click(byText(utils, '描述不清'))
  await tick()
  utils.fireEvent.click(byText(utils, '确认不予受理'))
  for (let i = 0; i < 100 && !cloud.calls.some((c) => c.action === 'report.transition'); i++)
    await tick(10)
  const sent = cloud.calls.find((c) => c.action === 'report.transition')?.payload
  expect(sent).toMatchObject({
    action: 'reject',
    version: 3,
    reason: '不属于街道受理范围，请拨打12345；描述不清',
  })
})

test('督办 shows its own list, into the note; an action with no list shows no chips', async () => {
  const cloud = new FakeCloud()
  const { utils } = await open(cloud)
  utils.fireEvent.click(byText(utils, '督办'))
  await shows('请今日内办结')
  expect(document.querySelectorAll('[aria-label^="插入常用语"]')).toHaveLength(1)
  utils.fireEvent.click(byText(utils, '请今日内办结'))
  await tick()
  utils.fireEvent.click(byText(utils, '确认督办'))
  for (let i = 0; i < 100 && !cloud.calls.some((c) => c.action === 'report.transition'); i++)
    await tick(10)
  expect(cloud.calls.find((c) => c.action === 'report.transition')?.payload).toMatchObject({
    action: 'urge',
    note: '请今日内办结',
  })
})

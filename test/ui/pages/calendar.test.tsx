import CertSettingsPage from '@/pages/office/cert-settings'
import { DEFAULT_CALENDAR, type WorkCalendar } from '@shared/time'
import { FakeCloud } from '../../support/fake-cloud'
import { byText, renderPage } from '../support/render'

/** Waits (without a fixed sleep) until `cond` holds. */
async function until(cond: () => boolean) {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 10))
  expect(cond()).toBe(true)
}
const textareas = () => [...document.querySelectorAll('taro-textarea-core')]
const valueOf = (n: number) => String((textareas()[n] as HTMLTextAreaElement).value)
/** Types into the n-th Taro <Textarea> the way its H5 element reports input; waits for the render. */
async function type(n: number, text: string) {
  textareas()[n].dispatchEvent(new CustomEvent('input', { bubbles: true, detail: { value: text } }))
  await until(() => valueOf(n) === text)
}

test('办理设置: the office edits the holiday calendar as dates and ranges', async () => {
  const saved: WorkCalendar[] = []
  const cloud = new FakeCloud()
    .on('certificate.catalogue', () => ({ types: [] }))
    .on('certificate.calendar', () => DEFAULT_CALENDAR)
    .on('certificate.saveCalendar', (c) => (saved.push(c as WorkCalendar), c))
  const { utils } = await renderPage(CertSettingsPage, cloud)
  await until(() => textareas().length === 2)
  // The saved calendar is shown as ranges: National Day on one line.
  await until(() =>
    String((textareas()[0] as HTMLTextAreaElement).value).includes('2026-10-01~2026-10-07'),
  )

  await type(0, '2026-10-01~2026-10-03\n国庆')
  utils.fireEvent.click(byText(utils, '保存工作日历'))
  await until(() => document.body.textContent!.includes('放假日期中的“国庆”不是有效日期'))
  expect(saved).toHaveLength(0)

  await type(0, '2026-10-01~2026-10-03 2026-10-05')
  await type(1, '2026-10-10')
  utils.fireEvent.click(byText(utils, '保存工作日历'))
  await until(() => saved.length === 1)
  expect(saved[0]).toEqual({
    holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-05'],
    workdays: ['2026-10-10'],
  })
})

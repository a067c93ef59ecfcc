import CertSettingsPage from '@/pages/office/cert-settings'
import { DEFAULT_TEXTS, type CertificateWording } from '@shared/certificates'
import type { WordingView } from '@shared/contracts/certificate'
import { AppError } from '@shared/errors'
import { DEFAULT_CALENDAR } from '@shared/time'
import { FakeCloud } from '../../support/fake-cloud'
import { byText, renderPage } from '../support/render'

/** Waits (without a fixed sleep) until `cond` holds: up to 20 s on a busy machine. */
async function until(cond: () => boolean) {
  const end = Date.now() + 20_000
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 10))
  expect(cond()).toBe(true)
}
const body = () => document.body.textContent ?? ''
/** The control a screen reader names `label` (Taro H5's element around the native one). */
const control = (label: string) =>
  document
    .querySelector(`[aria-label="${label}"]`)
    ?.closest('taro-input-core, taro-textarea-core') ??
  document.querySelector(`[aria-label="${label}"]`)!
const valueOf = (label: string) => String((control(label) as HTMLInputElement).value)
/** Types into a Taro <Input>/<Textarea> the way its H5 element reports input; waits for the render. */
async function type(label: string, text: string) {
  control(label)!.dispatchEvent(
    new CustomEvent('input', { bubbles: true, detail: { value: text } }),
  )
  await until(() => valueOf(label) === text)
}

const view = (w: CertificateWording): WordingView => ({
  ...w,
  defaults: { issuer: '凤凰岭街道办事处', texts: DEFAULT_TEXTS },
})

test("证明文字: the office edits its street's issuer and texts; a mistake is shown beside its field", async () => {
  const saved: CertificateWording[] = []
  let refuse = false
  const cloud = new FakeCloud()
    .on('certificate.catalogue', () => ({ types: [] }))
    .on('certificate.calendar', () => DEFAULT_CALENDAR)
    .on('certificate.wording', () => view({ issuer: '凤凰岭街道办事处', texts: DEFAULT_TEXTS }))
    .on('certificate.saveWording', (w) => {
      if (refuse) throw new AppError('NOT_FOUND', '没有找到本街道的设置，请联系区里的管理员')
      saved.push(w as CertificateWording)
      return view(w as CertificateWording)
    })
  const { utils } = await renderPage(CertSettingsPage, cloud)
  await until(() => !!document.querySelector('[aria-label="居住证明正文"]'))
  expect(valueOf('出具单位')).toBe('凤凰岭街道办事处')
  expect(valueOf('居住证明正文')).toBe(DEFAULT_TEXTS.residence)

  // A blank that does not exist: the validator's message under the text, nothing sent.
  await type('居住证明正文', '兹证明 {姓名}（{身份证号}）电话 {电话}')
  utils.fireEvent.click(byText(utils, '保存证明文字'))
  await until(() => body().includes('居住证明的证明文字中“{电话}”不是可用的填空'))
  expect(saved).toHaveLength(0)

  // 恢复通用文字 brings the generic text back.
  utils.fireEvent.click(byText(utils, '恢复通用文字'))
  await until(() => valueOf('居住证明正文') === DEFAULT_TEXTS.residence)

  const text = '兹证明 {姓名}（身份证号 {身份证号}）系本街道{住址}常住居民。用于{用途}。'
  await type('出具单位', '凤凰岭街道办事处（便民服务中心）')
  await type('居住证明正文', text)
  utils.fireEvent.click(byText(utils, '保存证明文字'))
  await until(() => saved.length === 1)
  expect(saved[0]).toEqual({
    issuer: '凤凰岭街道办事处（便民服务中心）',
    texts: { ...DEFAULT_TEXTS, residence: text },
  })
  await until(() => !body().includes('不是可用的填空'))

  // The server's refusal is told as it is.
  refuse = true
  utils.fireEvent.click(byText(utils, '保存证明文字'))
  await until(() => body().includes('没有找到本街道的设置'))
  expect(saved).toHaveLength(1)
}, 60_000)

import { drawCertificate } from '@/components/ApplicationView/certificate-image'
import { certificateDates } from '@/components/ApplicationView/certificate-dates'
import type { ApplicationDetail } from '@shared/contracts/certificate'

jest.mock('@tarojs/taro', () => ({}))

/** Records what is drawn; text is 24 px a character, as the body font. */
function recorder() {
  const texts: Array<[string, number, number]> = []
  const rects: Array<[number, number, number, number, string]> = []
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 0,
    textAlign: 'left',
    font: '',
    fillRect(x: number, y: number, w: number, h: number) {
      rects.push([x, y, w, h, ctx.fillStyle])
    },
    strokeRect() {},
    fillText(t: string, x: number, y: number) {
      texts.push([t, x, y])
    },
    measureText: (t: string) => ({ width: [...t].length * 24 }),
  }
  return { ctx, texts, rects }
}

const qr = ['1100', '0110', '1011', '0001']
const a = {
  typeName: '居住证明',
  applicantName: '王秀兰',
  idNumber: '150***********1237',
  addressLabel: '新华社区 新华小区1号楼 2单元 301',
  purposeLabel: '子女入学',
  certificate: {
    serial: 'JZ-2026-000001',
    code: 'ABCDEFGHJKMN',
    issuedAt: '2026-11-23T09:00:00.000Z',
    validUntil: '2027-02-22',
    issuer: '海北街道办事处',
    body: '兹证明 王秀兰（公民身份号码 150***********1237）现居住于新华社区 新华小区1号楼 2单元 301。此证明用于子女入学。特此证明。',
    status: 'valid',
    qr,
  },
} as unknown as ApplicationDetail

test('the saved image carries the serial, the whole text within the margins, and every QR module', () => {
  const { ctx, texts, rects } = recorder()
  drawCertificate(ctx as unknown as CanvasRenderingContext2D, a)
  const all = texts.map((t) => t[0]).join('')
  expect(all).toContain('JZ-2026-000001')
  expect(all).toContain('ABCD-EFGH-JKMN')
  expect(all).toContain('兹证明 王秀兰（公民身份号码 150***********1237）现居住于新华社区')
  const body = texts.filter(([t]) => t.includes('证明') && !t.startsWith('编号'))
  expect(body.every(([t, x]) => x + [...t].length * 24 <= 600 - 50)).toBe(true)
  const dark = qr
    .join('')
    .split('')
    .filter((c) => c === '1').length
  expect(rects.filter((r) => r[4] === '#000000')).toHaveLength(dark)
})

test('a certificate issued at 00:30 Beijing prints that Beijing day, on the card and in the image', () => {
  const early = {
    ...a,
    certificate: {
      ...a.certificate!,
      issuedAt: '2026-11-23T16:30:00.000Z',
      validUntil: '2027-02-23',
    },
  } as ApplicationDetail
  const { ctx, texts } = recorder()
  drawCertificate(ctx as unknown as CanvasRenderingContext2D, early)
  const all = texts.map((t) => t[0])
  expect(all).toContain('出具日期：2026年11月24日')
  expect(all).toContain('有效期至：2027年2月23日')
  expect(certificateDates(early.certificate!)).toEqual({
    issued: '2026年11月24日',
    validUntil: '2027年2月23日',
  })
})

import Taro from '@tarojs/taro'
import type { ApplicationDetail } from '@shared/contracts/certificate'
import { formatVerifyCode } from '@shared/certificates/verify-code'
import { certificateDates } from './certificate-dates'

/** What a 2d canvas context needs here (the weapp canvas 2d API is the browser's). */
type Ctx = CanvasRenderingContext2D
const W = 600
const H = 860

/** Breaks Chinese text into lines that fit `width` (character by character: no spaces to break on). */
function wrap(ctx: Ctx, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const ch of text) {
    if (ctx.measureText(line + ch).width > width && line) {
      lines.push(line)
      line = ch
    } else line += ch
  }
  return line ? [...lines, line] : lines
}

/** Draws the certificate, QR included, the way CertificateCard shows it. */
export function drawCertificate(ctx: Ctx, a: ApplicationDetail): void {
  const c = a.certificate!
  ctx.fillStyle = '#fffdf7'
  ctx.fillRect(0, 0, W, H)
  ctx.strokeStyle = c.status === 'revoked' ? '#cf1322' : '#b8860b'
  ctx.lineWidth = 4
  ctx.strokeRect(16, 16, W - 32, H - 32)
  ctx.fillStyle = '#1f2329'
  ctx.textAlign = 'center'
  ctx.font = 'bold 40px sans-serif'
  ctx.fillText(a.typeName, W / 2, 90)
  ctx.textAlign = 'left'
  ctx.font = '20px sans-serif'
  ctx.fillText(`编号：${c.serial}`, 330, 130)
  ctx.font = '24px sans-serif'
  // A street's text may have paragraphs (wording.ts): each wraps on its own.
  c.body
    .split('\n')
    .flatMap((p) => wrap(ctx, p, W - 100))
    .forEach((l, i) => ctx.fillText(l, 50, 190 + i * 40))
  ctx.font = '20px sans-serif'
  const dates = certificateDates(c)
  const foot = [
    `出具单位：${c.issuer}`,
    `出具日期：${dates.issued}`,
    `有效期至：${dates.validUntil}`,
  ]
  foot.forEach((l, i) => ctx.fillText(l, 50, 560 + i * 34))
  const n = c.qr.length
  const cell = Math.floor(200 / n)
  const x0 = W - 50 - cell * n
  const y0 = 520
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(x0 - 4 * cell, y0 - 4 * cell, cell * (n + 8), cell * (n + 8))
  ctx.fillStyle = '#000000'
  c.qr.forEach((row, y) => {
    for (let x = 0; x < row.length; x++)
      if (row[x] === '1') ctx.fillRect(x0 + x * cell, y0 + y * cell, cell, cell)
  })
  ctx.font = '18px monospace'
  ctx.fillText(`验证码 ${formatVerifyCode(c.code)}`, x0 - 10, y0 + cell * n + 36)
}

/**
 * weapp: draws the certificate on the page's hidden 2d canvas and saves it to the photo album.
 * Saving needs the album permission; a refusal is told plainly (the certificate stays on screen).
 */
export async function saveCertificateImage(a: ApplicationDetail): Promise<void> {
  const node = await new Promise<{ node: HTMLCanvasElement } | null>((resolve) =>
    Taro.createSelectorQuery()
      .select('#cert-canvas')
      .fields({ node: true, size: true })
      .exec((r) => resolve((r?.[0] as { node: HTMLCanvasElement }) ?? null)),
  )
  if (!node?.node) throw new Error('无法生成图片，请截屏保存')
  const canvas = node.node
  canvas.width = W
  canvas.height = H
  drawCertificate(canvas.getContext('2d') as Ctx, a)
  const { tempFilePath } = await Taro.canvasToTempFilePath({
    canvas,
  } as unknown as Taro.canvasToTempFilePath.Option)
  try {
    await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
  } catch {
    throw new Error('未能保存到相册：请在设置中允许“保存到相册”，或截屏保存')
  }
}

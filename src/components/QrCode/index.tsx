import { Image } from '@tarojs/components'
import './index.css'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Base64 of an ASCII string (weapp has no btoa; an SVG of rects is pure ASCII). */
function base64(ascii: string): string {
  let out = ''
  for (let i = 0; i < ascii.length; i += 3) {
    const [a, b, c] = [0, 1, 2].map((k) => ascii.charCodeAt(i + k))
    const n = (a << 16) | ((b || 0) << 8) | (c || 0)
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63]
    out += Number.isNaN(b) ? '=' : B64[(n >> 6) & 63]
    out += Number.isNaN(c) ? '=' : B64[n & 63]
  }
  return out
}

/** The QR modules as an SVG, with the 4-module quiet zone scanners need. */
export function qrSvg(rows: string[]): string {
  const n = rows.length + 8
  let path = ''
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) if (row[x] === '1') path += `M${x + 4} ${y + 4}h1v1h-1z`
  })
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges">` +
    `<rect width="${n}" height="${n}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  )
}

/** A QR code drawn from the server's module rows (no QR library in the app bundle). */
export function QrCode({ rows }: { rows: string[] }) {
  const src = `data:image/svg+xml;base64,${base64(qrSvg(rows))}`
  return <Image className='qr-code' src={src} mode='aspectFit' />
}

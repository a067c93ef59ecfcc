import zlib from 'node:zlib'
import qrcode from 'qrcode-generator'
import { PAGE } from '../../src/shared/routes'

/**
 * `wxacode.getUnlimited` answered as WeChat answers it: on success the image itself (the SDK gives
 * the function `{contentType, buffer}`), on failure JSON with an errcode. The image is a plain QR
 * of `<page>?scene=<scene>` (a real mini-program code is WeChat's own round pattern; only the
 * mini-program can read it, so nothing here would scan it anyway), as a PNG.
 */

/** WeChat's characters for `scene`: 1–32 visible ones from this set. */
const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/
const PAGES = new Set(Object.values(PAGE).map((p) => p.slice(1)))

export type CodeReply = { image: Buffer; contentType: string } | { errcode: number; errmsg: string }

export function getUnlimited(p: Record<string, unknown>): CodeReply {
  const scene = typeof p.scene === 'string' ? p.scene : ''
  if (!SCENE.test(scene)) return { errcode: 40169, errmsg: 'invalid length for scene' }
  const page = typeof p.page === 'string' ? p.page : 'pages/home/index'
  // check_path (default true): the page must be one the app has (the emulator's "published").
  const badPage = page.startsWith('/') || page.includes('?')
  if (badPage || (p.check_path !== false && !PAGES.has(page)))
    return { errcode: 41030, errmsg: 'invalid page hint: page not exist or not published' }
  const width = Math.min(1280, Math.max(280, Number(p.width) || 430))
  return { image: qrPng(`${page}?scene=${scene}`, width), contentType: 'image/png' }
}

function qrPng(text: string, width: number): Buffer {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const n = qr.getModuleCount()
  const scale = Math.max(1, Math.floor(width / (n + 8)))
  const size = (n + 8) * scale
  // 8-bit greyscale rows, each led by filter byte 0.
  const raw = Buffer.alloc(size * (size + 1), 255)
  for (let y = 0; y < size; y++) {
    raw[y * (size + 1)] = 0
    const my = Math.floor(y / scale) - 4
    for (let x = 0; x < size; x++) {
      const mx = Math.floor(x / scale) - 4
      const dark = my >= 0 && my < n && mx >= 0 && mx < n && qr.isDark(my, mx)
      if (dark) raw[y * (size + 1) + 1 + x] = 0
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 0, 0, 0, 0], 8) // depth 8, greyscale, deflate, no filter choice, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

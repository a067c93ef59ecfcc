import exifr from 'exifr'
import zlib from 'node:zlib'
import { sniffType } from '@shared/file-types'
import { MalformedImage, stripMetadata } from '../../../src/server/strip-metadata'

/** EXIF with one IFD0 entry (Make = "Phone"), the part phones put their details in. */
const TIFF = (() => {
  const t = Buffer.alloc(32)
  t.write('II*\0', 0, 'latin1')
  t.writeUInt32LE(8, 4)
  t.writeUInt16LE(1, 8)
  t.writeUInt16LE(0x010f, 10) // Make
  t.writeUInt16LE(2, 12)
  t.writeUInt32LE(6, 14)
  t.writeUInt32LE(26, 18)
  t.write('Phone\0', 26, 'latin1')
  return t
})()

function crc32(b: Buffer): number {
  let c = ~0
  for (const x of b) {
    c ^= x
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1))
  }
  return ~c >>> 0
}
function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])))
  return Buffer.concat([head, data, crc])
}
function png(extra: Buffer[]): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    pngChunk('IHDR', ihdr),
    ...extra,
    pngChunk('IDAT', zlib.deflateSync(Buffer.from([0, 0]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}
function riffChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.write(type, 0, 'latin1')
  head.writeUInt32LE(data.length, 4)
  return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)])
}
function webp(chunks: Buffer[]): Buffer {
  const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), ...chunks])
  const head = Buffer.alloc(8)
  head.write('RIFF', 0, 'latin1')
  head.writeUInt32LE(body.length, 4)
  return Buffer.concat([head, body])
}

test('PNG: the eXIf and text chunks go, the picture chunks stay', async () => {
  const withExif = png([pngChunk('eXIf', TIFF), pngChunk('tEXt', Buffer.from('Author\0me'))])
  expect(await exifr.parse(withExif)).toMatchObject({ Make: 'Phone' })
  const clean = stripMetadata(withExif, 'png')
  expect(clean.equals(png([]))).toBe(true)
  expect(sniffType(clean)).toBe('png')
})

test('WebP: the EXIF and XMP chunks go, their VP8X flags are cleared, the RIFF size is right', () => {
  const vp8x = Buffer.alloc(10)
  vp8x[0] = 0x08 | 0x04
  const vp8l = Buffer.from([0x2f, 0, 0, 0, 0])
  const dirty = webp([
    riffChunk('VP8X', vp8x),
    riffChunk('VP8L', vp8l),
    riffChunk('EXIF', TIFF),
    riffChunk('XMP ', Buffer.from('<x/>')),
  ])
  const clean = stripMetadata(dirty, 'webp')
  expect(clean.equals(webp([riffChunk('VP8X', Buffer.alloc(10)), riffChunk('VP8L', vp8l)]))).toBe(
    true,
  )
  expect(clean.readUInt32LE(4)).toBe(clean.length - 8)
})

test.each([
  ['jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff])],
  ['png', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(3)])],
  ['webp', webp([Buffer.from('VP8L\xff\xff\xff\x00', 'latin1')])],
] as const)('a malformed %s is refused, not copied', (kind, bytes) => {
  expect(() => stripMetadata(bytes, kind)).toThrow(MalformedImage)
})

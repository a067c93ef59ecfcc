import type { FileKind } from '../shared/file-types'

/** The bytes are not a well-formed file of the kind they claim to be. */
export class MalformedImage extends Error {}

function need(ok: boolean): void {
  if (!ok) throw new MalformedImage('malformed image')
}

/**
 * JPEG: drops every APPn segment except APP0 (JFIF), APP2 (ICC colour) and APP14 (Adobe colour
 * transform), and comments. EXIF with its GPS position lives in APP1 (as does XMP), IPTC in
 * APP13; the picture itself (tables, frame, scan) is copied byte for byte.
 */
function stripJpeg(b: Buffer): Buffer {
  need(b[0] === 0xff && b[1] === 0xd8)
  const out: Buffer[] = [b.subarray(0, 2)]
  let i = 2
  for (;;) {
    need(i + 1 < b.length && b[i] === 0xff)
    let j = i + 1
    while (b[j] === 0xff && j < b.length) j++ // fill bytes before a marker
    const m = b[j]
    if (m === 0xd9) return Buffer.concat([...out, b.subarray(i)]) // EOI
    if ((m >= 0xd0 && m <= 0xd7) || m === 0x01) {
      out.push(b.subarray(i, j + 1)) // markers without a length
      i = j + 1
      continue
    }
    need(j + 2 < b.length)
    const end = j + 1 + b.readUInt16BE(j + 1)
    need(end <= b.length && end > j + 2)
    // Start of scan: the entropy-coded data and everything after it is the picture.
    if (m === 0xda) return Buffer.concat([...out, b.subarray(i)])
    const metadata = (m >= 0xe0 && m <= 0xef && ![0xe0, 0xe2, 0xee].includes(m)) || m === 0xfe
    if (!metadata) out.push(b.subarray(i, end))
    i = end
  }
}

/** PNG: drops the eXIf chunk (EXIF, GPS) and text chunks (tEXt/zTXt/iTXt, where XMP goes). */
function stripPng(b: Buffer): Buffer {
  const out: Buffer[] = [b.subarray(0, 8)]
  let i = 8
  for (;;) {
    need(i + 12 <= b.length)
    const end = i + 12 + b.readUInt32BE(i)
    need(end <= b.length)
    const type = b.toString('latin1', i + 4, i + 8)
    if (!['eXIf', 'tEXt', 'zTXt', 'iTXt'].includes(type)) out.push(b.subarray(i, end))
    if (type === 'IEND') return Buffer.concat(out)
    i = end
  }
}

/** WebP: drops the EXIF and XMP chunks, clears their flags in VP8X and fixes the RIFF size. */
function stripWebp(b: Buffer): Buffer {
  const out: Buffer[] = []
  let i = 12
  while (i < b.length) {
    need(i + 8 <= b.length)
    const size = b.readUInt32LE(i + 4)
    const end = i + 8 + size + (size % 2)
    need(end <= b.length)
    const type = b.toString('latin1', i, i + 4)
    if (type === 'VP8X') {
      const chunk = Buffer.from(b.subarray(i, end))
      chunk[8] &= ~(0x08 | 0x04) // EXIF and XMP present
      out.push(chunk)
    } else if (type !== 'EXIF' && type !== 'XMP ') out.push(b.subarray(i, end))
    i = end
  }
  const body = Buffer.concat(out)
  const head = Buffer.from(b.subarray(0, 12))
  head.writeUInt32LE(body.length + 4, 4)
  return Buffer.concat([head, body])
}

/**
 * The same picture without the metadata a phone writes into it (where it was taken, the device,
 * the owner's name). Throws MalformedImage when the structure does not parse.
 */
export function stripMetadata(bytes: Buffer, kind: FileKind): Buffer {
  if (kind === 'jpeg') return stripJpeg(bytes)
  if (kind === 'png') return stripPng(bytes)
  if (kind === 'webp') return stripWebp(bytes)
  return bytes
}

/**
 * What a file really is, read from its first bytes (never from its name or a client's header):
 * a photo named `.jpg` that is really HTML must not be kept, nor served as an image.
 */
export type FileKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'pdf' | AudioKind

/**
 * Voice clips (按住说话): the weapp recorder writes mp3 (or ADTS aac); browsers' MediaRecorder
 * writes webm/opus (Chromium, Firefox) or mp4/aac (Safari). Ogg for Firefox's older builds.
 */
export type AudioKind = 'mp3' | 'aac' | 'm4a' | 'webm' | 'ogg'

export const MIME: Record<FileKind, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
  mp3: 'audio/mpeg',
  aac: 'audio/aac',
  m4a: 'audio/mp4',
  webm: 'audio/webm',
  ogg: 'audio/ogg',
}

export const EXTENSION: Record<FileKind, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  pdf: 'pdf',
  mp3: 'mp3',
  aac: 'aac',
  m4a: 'm4a',
  webm: 'webm',
  ogg: 'ogg',
}

/** Report photos and certificate attachments (photographed documents): the app sends these. */
export const PHOTO_KINDS: readonly FileKind[] = ['jpeg', 'png', 'webp']

/** A report's voice clip: the recorders' formats, nothing else. */
export const AUDIO_KINDS: readonly FileKind[] = ['mp3', 'aac', 'm4a', 'webm', 'ogg']

const ascii = (b: Uint8Array, at: number, s: string) =>
  b.length >= at + s.length && [...s].every((c, i) => b[at + i] === c.charCodeAt(0))

/** The kind of file these bytes are, by their magic number; null for anything else. */
export function sniffType(b: Uint8Array): FileKind | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg'
  if (ascii(b, 0, '\x89PNG\r\n\x1a\n')) return 'png'
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return 'webp'
  if (ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')) return 'gif'
  if (ascii(b, 0, '%PDF-')) return 'pdf'
  return sniffAudio(b)
}

/** Audio by its container's magic (ID3 / MPEG or ADTS frame sync / ftyp / EBML / OggS). */
function sniffAudio(b: Uint8Array): AudioKind | null {
  if (ascii(b, 0, 'ID3')) return 'mp3'
  // A frame sync is 11 set bits; ADTS (aac) has layer bits 00, an MPEG audio frame does not.
  if (b.length >= 2 && b[0] === 0xff && (b[1] & 0xf6) === 0xf0) return 'aac'
  if (b.length >= 2 && b[0] === 0xff && (b[1] & 0xe0) === 0xe0 && (b[1] & 0x06) !== 0) return 'mp3'
  if (ascii(b, 4, 'ftyp')) return 'm4a'
  if (b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3)
    return 'webm'
  if (ascii(b, 0, 'OggS')) return 'ogg'
  return null
}

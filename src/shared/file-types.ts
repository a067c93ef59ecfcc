/**
 * What a file really is, read from its first bytes (never from its name or a client's header):
 * a photo named `.jpg` that is really HTML must not be kept, nor served as an image.
 */
export type FileKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'pdf'

export const MIME: Record<FileKind, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
}

export const EXTENSION: Record<FileKind, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  pdf: 'pdf',
}

/** Report photos and certificate attachments (photographed documents): the app sends these. */
export const PHOTO_KINDS: readonly FileKind[] = ['jpeg', 'png', 'webp']

const ascii = (b: Uint8Array, at: number, s: string) =>
  b.length >= at + s.length && [...s].every((c, i) => b[at + i] === c.charCodeAt(0))

/** The kind of file these bytes are, by their magic number; null for anything else. */
export function sniffType(b: Uint8Array): FileKind | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg'
  if (ascii(b, 0, '\x89PNG\r\n\x1a\n')) return 'png'
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return 'webp'
  if (ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')) return 'gif'
  if (ascii(b, 0, '%PDF-')) return 'pdf'
  return null
}

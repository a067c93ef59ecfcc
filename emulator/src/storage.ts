import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Uploads are photos, scanned documents, voice clips (and the office's .xlsx exports): nothing else. */
export const ALLOWED_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
  // A report's voice clip (按住说话): what the weapp recorder and browsers' MediaRecorder write.
  mp3: 'audio/mpeg',
  aac: 'audio/aac',
  m4a: 'audio/mp4',
  webm: 'audio/webm',
  ogg: 'audio/ogg',
  txt: 'text/plain',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}
export const MAX_FILE_BYTES = 10 * 1024 * 1024

export class StorageError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Cloud storage in a folder: `cloud://<env>.<bucket>/<path>` file IDs map to
 * DATA_DIR/files/<path>. Paths are checked before they touch the disk (no `..`, no absolute or
 * backslash paths, a safe character set), so a file ID can never escape the folder.
 */
export class Storage {
  readonly root: string
  readonly bucket: string

  constructor(
    dataDir: string,
    readonly env: string,
    private secret: string,
    private baseUrl: () => string,
  ) {
    this.root = path.join(dataDir, 'files')
    this.bucket = `${Buffer.from(env.slice(0, 2)).toString('hex')}-${env}-1300000000`
    fs.mkdirSync(this.root, { recursive: true })
  }

  checkPath(cloudPath: unknown): string {
    const p = String(cloudPath ?? '')
    const ok =
      /^[A-Za-z0-9_\-./\u4e00-\u9fa5]{1,512}$/.test(p) &&
      !p.startsWith('/') &&
      !p.split('/').some((s) => s === '..' || s === '.' || s === '')
    if (!ok) throw new StorageError(400, 'INVALID_PATH', `invalid cloudPath: ${p.slice(0, 80)}`)
    return p
  }

  contentType(cloudPath: string): string {
    const ext = cloudPath.split('.').pop()?.toLowerCase() ?? ''
    const type = ALLOWED_TYPES[ext]
    if (!type)
      throw new StorageError(
        415,
        'UNSUPPORTED_TYPE',
        `file type .${ext} is not allowed (${Object.keys(ALLOWED_TYPES).join(', ')})`,
      )
    return type
  }

  fileId(cloudPath: string): string {
    return `cloud://${this.env}.${this.bucket}/${cloudPath}`
  }

  pathOf(fileId: unknown): string {
    const prefix = `cloud://${this.env}.${this.bucket}/`
    const id = String(fileId ?? '')
    if (!id.startsWith(prefix))
      throw new StorageError(
        400,
        'INVALID_FILEID',
        `not a file of this environment: ${id.slice(0, 80)}`,
      )
    return this.checkPath(id.slice(prefix.length))
  }

  exists(cloudPath: string): boolean {
    return fs.existsSync(path.join(this.root, cloudPath))
  }

  /** Writes through a temp file and rename, fsynced: an acknowledged upload is whole. */
  put(cloudPath: string, bytes: Buffer): void {
    if (bytes.length > MAX_FILE_BYTES)
      throw new StorageError(413, 'FILE_TOO_LARGE', `file exceeds ${MAX_FILE_BYTES} bytes`)
    const full = path.join(this.root, cloudPath)
    fs.mkdirSync(path.dirname(full), { recursive: true })
    const tmp = `${full}.${process.pid}.${Date.now()}.tmp`
    const fd = fs.openSync(tmp, 'w')
    fs.writeSync(fd, bytes)
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    fs.renameSync(tmp, full)
  }

  read(cloudPath: string): Buffer | null {
    const full = path.join(this.root, cloudPath)
    return fs.existsSync(full) ? fs.readFileSync(full) : null
  }

  remove(cloudPath: string): boolean {
    const full = path.join(this.root, cloudPath)
    if (!fs.existsSync(full)) return false
    fs.rmSync(full)
    return true
  }

  sign(cloudPath: string, expires: number): string {
    return crypto
      .createHmac('sha256', this.secret)
      .update(`${cloudPath}\n${expires}`)
      .digest('hex')
      .slice(0, 32)
  }

  /** A temporary download URL like CloudBase's: signed, expiring. */
  url(cloudPath: string, maxAgeSec = 86400): string {
    const t = Math.floor(Date.now() / 1000) + maxAgeSec
    const encoded = cloudPath.split('/').map(encodeURIComponent).join('/')
    return `${this.baseUrl()}/files/${encoded}?sign=${this.sign(cloudPath, t)}&t=${t}`
  }

  verify(cloudPath: string, sign: string | null, t: string | null): boolean {
    if (!sign || !t || Number(t) * 1000 < Date.now()) return false
    const expected = this.sign(cloudPath, Number(t))
    return (
      sign.length === expected.length &&
      crypto.timingSafeEqual(Buffer.from(sign), Buffer.from(expected))
    )
  }
}

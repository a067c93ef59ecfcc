import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Sessions last a working day, like the office console's sign-in. */
export const SESSION_TTL_MS = 12 * 3600_000

/**
 * The emulator-only sign-in's tokens: `base64url(json{openid,exp}).base64url(hmacSHA256)`.
 * The secret is SESSION_SECRET, or a random one kept in DATA_DIR so tokens survive restarts.
 */
export class Sessions {
  private secret: string

  constructor(dataDir: string, configured?: string) {
    const file = path.join(dataDir, 'session-secret')
    if (configured) this.secret = configured
    else if (fs.existsSync(file)) this.secret = fs.readFileSync(file, 'utf8').trim()
    else {
      this.secret = crypto.randomBytes(32).toString('hex')
      fs.mkdirSync(dataDir, { recursive: true })
      fs.writeFileSync(file, this.secret, { mode: 0o600 })
    }
  }

  issue(openid: string, now = Date.now()): string {
    const body = Buffer.from(JSON.stringify({ openid, exp: now + SESSION_TTL_MS })).toString(
      'base64url',
    )
    return `${body}.${this.mac(body)}`
  }

  /** The openid of a valid token, or null (forged, malformed or expired). */
  verify(token: string | null | undefined, now = Date.now()): string | null {
    if (!token) return null
    const [body, sig, extra] = token.split('.')
    if (!body || !sig || extra !== undefined) return null
    const expected = this.mac(body)
    if (
      sig.length !== expected.length ||
      !crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected))
    )
      return null
    try {
      const { openid, exp } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
      return typeof openid === 'string' && typeof exp === 'number' && exp > now ? openid : null
    } catch {
      return null
    }
  }

  /** A secret for another purpose (signed file URLs), stable across restarts like the tokens. */
  derive(label: string): string {
    return crypto.createHmac('sha256', this.secret).update(`derive:${label}`).digest('hex')
  }

  private mac(body: string): string {
    return crypto.createHmac('sha256', this.secret).update(body).digest('base64url')
  }
}

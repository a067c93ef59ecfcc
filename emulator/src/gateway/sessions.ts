import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The HTTP API's tokens: `base64url(json claims).base64url(hmacSHA256)`.
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

  /** A token carrying `claims` (the HTTP API's access and refresh tokens), signed like a session. */
  seal(claims: Record<string, unknown>): string {
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
    return `${body}.${this.mac(body)}`
  }

  /** The claims of a token this emulator sealed, or null when forged or malformed (expiry is the caller's). */
  open(token: string | null | undefined): Record<string, unknown> | null {
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
      const claims: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
      return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : null
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

import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The environment's custom-login key, in the shape of the file CloudBase's console downloads
 * (登录认证 → 自定义登录 → 私钥下载: `tcb_custom_login.json`). Functions get it as
 * XB_CUSTOM_LOGIN_KEY and sign tickets with @cloudbase/node-sdk's `createTicket`; the HTTP API
 * checks them with the public half. Kept in DATA_DIR so tickets survive a restart.
 */
export interface CustomLoginKey {
  private_key_id: string
  private_key: string
  env_id: string
}

export function loadCustomLoginKey(dataDir: string, env: string): CustomLoginKey {
  const file = path.join(dataDir, 'custom-login.json')
  if (fs.existsSync(file)) {
    const key = JSON.parse(fs.readFileSync(file, 'utf8')) as CustomLoginKey
    if (key.env_id === env) return key
  }
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
  const key: CustomLoginKey = {
    private_key_id: crypto.randomUUID(),
    private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    env_id: env,
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(key), { mode: 0o600 })
  return key
}

/** createTicket's lifetime (node-sdk: `exp: iat + 10 min`); the emulator clock judges it. */
export const TICKET_TTL_MS = 10 * 60_000

/**
 * What node-sdk's `auth().createTicket(uid)` returns, minted here for the emulator-only demo
 * issuer: `<private_key_id>/@@/<RS256 JWT {alg, env, iat, exp, uid, refresh, expire}>`.
 */
export function mintTicket(key: CustomLoginKey, uid: string, now: number): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  const body = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({
    alg: 'RS256',
    env: key.env_id,
    iat: now,
    exp: now + TICKET_TTL_MS,
    uid,
    refresh: 3600_000,
    expire: now + 7 * 24 * 3600_000,
    // Two demo tickets for one user in the same millisecond must differ: each is single-use.
    nonce: crypto.randomBytes(8).toString('hex'),
  })}`
  const sig = crypto.sign('RSA-SHA256', Buffer.from(body), key.private_key).toString('base64url')
  return `${key.private_key_id}/@@/${body}.${sig}`
}

export type TicketCheck =
  | { ok: true; uid: string; exp: number; id: string }
  | { ok: false; reason: 'malformed' | 'signature' | 'env' | 'expired' }

/** CloudBase's customUserId rule (node-sdk validateUid): 4–32 of these characters. */
export const CUSTOM_USER_ID = /^[a-zA-Z0-9_\-#@~=*(){}[\]:.,<>+]{4,32}$/

/** Checks a ticket's key id, signature, environment and expiry (on the emulator clock). */
export function checkTicket(key: CustomLoginKey, ticket: unknown, now: number): TicketCheck {
  if (typeof ticket !== 'string' || ticket.length > 8192) return { ok: false, reason: 'malformed' }
  const [kid, jwt, extra] = ticket.split('/@@/')
  const parts = jwt?.split('.') ?? []
  if (extra !== undefined || parts.length !== 3) return { ok: false, reason: 'malformed' }
  if (kid !== key.private_key_id) return { ok: false, reason: 'signature' }
  const [head, claims, sig] = parts
  const good = crypto.verify(
    'RSA-SHA256',
    Buffer.from(`${head}.${claims}`),
    crypto.createPublicKey(key.private_key),
    Buffer.from(sig, 'base64url'),
  )
  if (!good) return { ok: false, reason: 'signature' }
  let c: { env?: unknown; exp?: unknown; uid?: unknown }
  try {
    c = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (c.env !== key.env_id) return { ok: false, reason: 'env' }
  if (typeof c.uid !== 'string' || !CUSTOM_USER_ID.test(c.uid) || typeof c.exp !== 'number')
    return { ok: false, reason: 'malformed' }
  if (c.exp <= now) return { ok: false, reason: 'expired' }
  const id = crypto.createHash('sha256').update(sig).digest('hex')
  return { ok: true, uid: c.uid, exp: c.exp, id }
}

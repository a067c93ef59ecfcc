import crypto from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { HttpError } from '../http'

/** The key pair the SDK signs /tcb requests with (TENCENTCLOUD_SECRETID / _SECRETKEY). */
export interface TcbCredential {
  secretId: string
  secretKey: string
}

/** How long a signature stays good: the SDK sends X-Signature-Expires: 600. */
export const SIGNATURE_TTL_S = 600

const AUTH =
  /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/tcb\/tc3_request,(?: SignedParams=([^,]*),)? SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/

/**
 * A signed parameter as it arrived: a JSON body's values, or a multipart body's parts (text
 * fields as strings, binary parts as bytes — the protobuf of wx.openApi).
 */
export type SignedParams = Record<string, unknown>

function bad(message: string): HttpError {
  return new HttpError(401, 'SIGN_PARAM_INVALID', message)
}

const hmac = (data: string, key: string | Buffer) =>
  crypto.createHmac('sha256', key).update(data).digest()
const sha256 = (data: string) => crypto.createHash('sha256').update(data).digest('hex')

/** @cloudbase/signature-nodejs's key encoding of a parameter name. */
function camSafe(s: string): string {
  return encodeURIComponent(s)
    .replace(/!/g, '%21')
    .replace(/'/g, '%27')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/\*/g, '%2A')
}

/** The SDK's hash of its parameters: sorted lower-cased keys, `&key=value\r\n`, empty ones skipped. */
function paramsHash(params: SignedParams): string {
  const kv = new Map<string, string | Buffer>()
  for (const [key, v] of Object.entries(params)) {
    if (v === undefined) continue
    kv.set(camSafe(key.toLowerCase().trim()), Buffer.isBuffer(v) ? v : stringify(v).trim())
  }
  const hash = crypto.createHash('sha256')
  for (const key of [...kv.keys()].sort((l, r) => l.localeCompare(r))) {
    const v = kv.get(key)!
    if (!v) continue
    hash.update(`&${key}=`)
    hash.update(v)
    hash.update('\r\n')
  }
  return hash.digest('hex')
}

const stringify = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v))

/**
 * Checks a /tcb request's TC3-HMAC-SHA256 signature the way the TCB endpoint does: the
 * Authorization header wx-server-sdk (@cloudbase/node-sdk 2.10.0) computes over the method,
 * path and query, the headers it names and every body parameter, with the secret key. Throws
 * 401 SIGN_PARAM_INVALID (missing, malformed or wrong) or SIGN_EXPIRED_ERROR (stale).
 */
export function verifySignature(
  req: IncomingMessage,
  params: SignedParams,
  credential: TcbCredential,
  nowMs: number,
): void {
  const m = AUTH.exec(String(req.headers.authorization ?? ''))
  if (!m) throw bad('missing or malformed Authorization (TC3-HMAC-SHA256 signature)')
  const [, secretId, date, , signedHeaderList, signature] = m
  const timestamp = Number(req.headers['x-timestamp'])
  if (!Number.isInteger(timestamp)) throw bad('missing X-Timestamp')
  if (Math.abs(nowMs / 1000 - timestamp) > SIGNATURE_TTL_S)
    throw new HttpError(401, 'SIGN_EXPIRED_ERROR', 'signature expired')
  if (date !== new Date(timestamp * 1000).toISOString().slice(0, 10))
    throw bad('credential date does not match X-Timestamp')
  const names = signedHeaderList.split(';')
  if (!names.includes('host') || !names.includes('content-type'))
    throw bad('host and content-type must be signed')
  const canonicalHeaders = names
    .map((h) => {
      let v = String(req.headers[h] ?? '')
        .trim()
        .toLowerCase()
      if (h === 'content-type' && v.startsWith('multipart/form-data')) v = 'multipart/form-data'
      return `${h}:${v}\n`
    })
    .join('')
  const raw = req.url ?? '/'
  const q = raw.indexOf('?')
  const canonical = [
    (req.method ?? '').toLowerCase(),
    `//${req.headers.host ?? ''}${q < 0 ? raw : raw.slice(0, q)}`,
    q < 0 ? '' : raw.slice(q + 1),
    canonicalHeaders,
    names.join(';'),
    paramsHash(params),
  ].join('\n')
  const toSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/tcb/tc3_request\n${sha256(canonical)}`
  const kDate = hmac(date, `TC3${credential.secretKey}`)
  const kSigning = hmac('tc3_request', hmac('tcb', kDate))
  const expected = crypto.createHmac('sha256', kSigning).update(toSign).digest('hex')
  const ok =
    secretId === credential.secretId &&
    crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  if (!ok) throw bad('signature does not match (wrong secretId/secretKey?)')
}

import crypto from 'node:crypto'
import { COLL, findById, type Database } from '../db'
import { Open311Error } from './format'

/**
 * API keys of external systems (a district's 12345 centre, 数字城管): one per system, each
 * belonging to one street, whose queue its POSTed requests join. The key is `<id>.<secret>`;
 * only a SHA-256 of the secret is stored, so a leaked database does not leak working keys.
 */
export interface ApiKeyDoc {
  _id: string
  /** sha256 hex of the secret part. */
  hash: string
  /** The street whose queue this system files into. */
  streetId: string
  /** Who holds the key, as the console shows the report's source: 12345热线 … */
  name: string
  createdAt: Date
  revokedAt?: Date | null
}

const sha256 = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest('hex')

/** A fresh key for a system: the document to store, and the key to hand over once. */
export function mintKey(streetId: string, name: string, at: Date): { doc: ApiKeyDoc; key: string } {
  const id = `k${crypto.randomBytes(6).toString('hex')}`
  const secret = crypto.randomBytes(24).toString('base64url')
  return {
    doc: { _id: id, hash: sha256(secret), streetId, name, createdAt: at },
    key: `${id}.${secret}`,
  }
}

/** The key's holder, or 403 (missing, unknown, revoked or wrong secret: one answer for all). */
export async function requireKey(db: Database, apiKey: unknown): Promise<ApiKeyDoc> {
  const refused = new Open311Error(403, 'api_key 无效或已停用')
  const m =
    typeof apiKey === 'string' ? /^(k[0-9a-f]{12})\.([A-Za-z0-9_-]{20,64})$/.exec(apiKey) : null
  if (!m) throw refused
  const doc = await findById<ApiKeyDoc>(db, COLL.apiKeys, m[1])
  if (!doc || doc.revokedAt) throw refused
  const a = Buffer.from(sha256(m[2]), 'hex')
  const b = Buffer.from(doc.hash, 'hex')
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) throw refused
  return doc
}

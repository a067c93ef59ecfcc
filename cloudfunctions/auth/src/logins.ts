import crypto from 'node:crypto'
import type { ActionContext } from '@server/context'
import { COLL, findById } from '@server/db'
import {
  DESK_LOGIN_TTL_MS,
  type DeskLoginKey,
  type DeskLoginState,
  type DeskLoginView,
} from '@shared/contracts/auth'
import { AppError } from '@shared/errors'

export const LOGIN_TTL_MS = DESK_LOGIN_TTL_MS

/** A stored desk login (`desk_logins`); the secret itself is never stored, only its hash. */
export interface DeskLoginDoc {
  _id: string
  secretHash: string
  state: DeskLoginState
  createdAt: Date
  expiresAt: Date
  device: string
  ip: string
  /** The staff member who confirmed (set with `confirmed`). */
  openid?: string
  redeemBy?: Date
  redeemedAt?: Date
  endedAt?: Date
}

export const hashSecret = (secret: string) =>
  crypto.createHash('sha256').update(secret).digest('hex')

/** The login's id is the code's scene: 24 hex digits (WeChat allows 32 visible characters). */
const LOGIN_ID = /^[0-9a-f]{24}$/
const SECRET = /^[0-9a-f]{48}$/

export function loginId(v: unknown): string {
  if (typeof v !== 'string' || !LOGIN_ID.test(v))
    throw new AppError('INVALID_INPUT', '二维码无效，请在电脑上刷新二维码后重新扫码')
  return v
}

export function loginKey(p: unknown): DeskLoginKey {
  const v = (p ?? {}) as Record<string, unknown>
  const id = loginId(v.id)
  if (typeof v.secret !== 'string' || !SECRET.test(v.secret))
    throw new AppError('INVALID_INPUT', '登录凭据无效，请刷新二维码')
  return { id, secret: v.secret }
}

/** What a state is now: a pending or confirmed login past its time has expired. */
export function stateAt(doc: DeskLoginDoc, now: Date): DeskLoginState {
  if (doc.state === 'pending' && doc.expiresAt <= now) return 'expired'
  if (doc.state === 'confirmed' && (doc.redeemBy ?? doc.expiresAt) <= now) return 'expired'
  return doc.state
}

export async function loadLogin(ctx: ActionContext, id: string): Promise<DeskLoginDoc> {
  const doc = await findById<DeskLoginDoc>(ctx.db, COLL.deskLogins, id)
  if (!doc) throw new AppError('NOT_FOUND', '二维码无效或已过期，请在电脑上刷新二维码')
  return doc
}

/** The desk's own login: its secret must match (another browser cannot use this login). */
export async function ownLogin(ctx: ActionContext, key: DeskLoginKey): Promise<DeskLoginDoc> {
  const doc = await loadLogin(ctx, key.id)
  const a = Buffer.from(doc.secretHash)
  const b = Buffer.from(hashSecret(key.secret))
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b))
    throw new AppError('FORBIDDEN', '这个登录二维码不是在本浏览器上生成的，请刷新二维码')
  return doc
}

export function viewOf(doc: DeskLoginDoc, now: Date): DeskLoginView {
  return {
    id: doc._id,
    state: stateAt(doc, now),
    createdAt: doc.createdAt.toISOString(),
    expiresAt: doc.expiresAt.toISOString(),
    device: doc.device,
    ip: doc.ip,
  }
}

/** Only office staff sign in to the desk: the one rule, said the same on scan and on confirm. */
export function requireOffice(ctx: ActionContext): void {
  if (ctx.role !== 'office')
    throw new AppError('FORBIDDEN', '只有街道工作人员可以登录街道工作台；如需开通请联系街道办')
}

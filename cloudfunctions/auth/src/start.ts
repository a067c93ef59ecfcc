import crypto from 'node:crypto'
import { COLL } from '@server/db'
import { clientIp, enforceLimits } from '@server/rate-limit'
import type { Action } from '@server/router'
import { miniProgramCode } from './code'
import { hashSecret, LOGIN_TTL_MS } from './logins'

/** The desk's browser as it says ('Chrome · Windows'): shown on the phone, so plain and short. */
function device(p: unknown): { device: string } {
  const v = (p as { device?: unknown } | null)?.device
  // Printable characters only: no control characters, no markup.
  const text =
    typeof v === 'string'
      ? [...v]
          .filter((c) => c >= ' ' && c !== '<' && c !== '>')
          .join('')
          .trim()
      : ''
  return { device: text.slice(0, 40) }
}

/**
 * `auth.deskStart`: a desk that is not signed in (anonymous web caller) asks for a login. It gets
 * the login id (the code's scene), a secret only this browser holds (the login is redeemed with
 * it), and the mini-program code to scan; 2 minutes, then 刷新二维码.
 */
export const deskStart: Action<'auth.deskStart', { device: string }> = {
  roles: 'anyone',
  validate: device,
  async handle(ctx, { device }) {
    await enforceLimits(ctx, ['deskLoginPerIpMinute'])
    const id = crypto.randomBytes(12).toString('hex')
    const secret = crypto.randomBytes(24).toString('hex')
    const qr = await miniProgramCode(ctx.cloud, id)
    const now = ctx.now()
    const expiresAt = new Date(now.getTime() + LOGIN_TTL_MS)
    await ctx.db.collection(COLL.deskLogins).add({
      data: {
        _id: id,
        secretHash: hashSecret(secret),
        state: 'pending',
        createdAt: now,
        expiresAt,
        device,
        ip: clientIp(ctx),
      },
    })
    return { id, secret, scene: id, expiresAt: expiresAt.toISOString(), qr }
  },
}

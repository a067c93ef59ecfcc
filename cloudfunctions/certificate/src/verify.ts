import { statusOf } from '@server/certificates/certificate'
import type { StoredApplication } from '@server/certificates/model'
import { COLL } from '@server/db'
import type { Action } from '@server/router'
import { enforceLimits } from '@server/rate-limit'
import { CERTIFICATE_TYPES, checkVerifier, normalizeVerifyCode } from '@shared/certificates'
import { AppError } from '@shared/errors'
import { reveal } from '@shared/privacy'

/**
 * `certificate.verify`: public (the verify page needs no sign-in). The code is unguessable, and
 * the answer shows only the masked holder, so a leaked link exposes little. Each look-up of a
 * real certificate is recorded for its holder to see.
 */
export const verify: Action<'certificate.verify', { code: string; verifier: string }> = {
  roles: 'anyone',
  validate: (p) => {
    const v = (p ?? {}) as Record<string, unknown>
    return { code: normalizeVerifyCode(v.code), verifier: checkVerifier(v.verifier) }
  },
  async handle(ctx, { code, verifier }) {
    const now = ctx.now()
    // Per signed-in caller; anonymous callers per address, so one abuser blocks only themselves.
    await enforceLimits(ctx, [ctx.openid ? 'verifyPerUserMinute' : 'verifyPerIpMinute'])
    const { data } = await ctx.db
      .collection(COLL.applications)
      .where({ verifyCode: code })
      .limit(1)
      .get()
    const a = data[0] as StoredApplication | undefined
    if (!a?.certificate)
      throw new AppError('NOT_FOUND', '未查到该证明，请核对验证码；如有疑问请致电街道核实')
    const c = a.certificate
    await ctx.db.collection(COLL.verifications).add({
      data: {
        applicationId: a._id,
        at: now,
        verifier,
        channel: ctx.openid ? '小程序' : '网页',
        byOpenid: ctx.openid || null,
      },
    })
    return {
      status: statusOf(c, now),
      typeName: CERTIFICATE_TYPES[a.typeKey].name,
      // Whoever holds the code, signed in or not, is a verifier (src/shared/privacy.ts).
      holderName: reveal('residentName', ['verifier'], a.form.name),
      idNumber: reveal('idNumber', ['verifier'], a.form.idNumber),
      serial: c.serial,
      issuedAt: new Date(c.issuedAt).toISOString(),
      validUntil: c.validUntil,
      issuer: c.issuer,
      revokedAt: c.revokedAt ? new Date(c.revokedAt).toISOString() : null,
      revokeReason: c.revokeReason ?? '',
    }
  },
}

import { COLL } from '@server/db'
import type { Action } from '@server/router'
import { ROLES } from '@shared/roles'
import { AppError } from '@shared/errors'
import { loadLogin, loginId, requireOffice, stateAt, viewOf, LOGIN_TTL_MS } from './logins'

/** Every signed-in role reaches the handler, so a resident hears the rule, not a bare 没有权限. */
const SCANNERS = ROLES

/** `auth.deskScan`: the phone opened 登录街道工作台 from the code; what it is about to confirm. */
export const deskScan: Action<'auth.deskScan', { scene: string }> = {
  roles: SCANNERS,
  validate: (p) => ({ scene: loginId((p as { scene?: unknown } | null)?.scene) }),
  async handle(ctx, { scene }) {
    requireOffice(ctx)
    return viewOf(await loadLogin(ctx, scene), ctx.now())
  },
}

/**
 * `auth.confirmDesk`: 确认登录 or 取消. One conditional update from pending (and not yet
 * expired): a login is answered once; confirming binds it to the confirming staff member.
 */
export const confirmDesk: Action<'auth.confirmDesk', { id: string; confirm: boolean }> = {
  roles: SCANNERS,
  validate(p) {
    const v = (p ?? {}) as Record<string, unknown>
    if (typeof v.confirm !== 'boolean') throw new AppError('INVALID_INPUT', '请选择确认登录或取消')
    return { id: loginId(v.id), confirm: v.confirm }
  },
  async handle(ctx, { id, confirm }) {
    requireOffice(ctx)
    const now = ctx.now()
    const _ = ctx.db.command
    const data = confirm
      ? {
          state: 'confirmed',
          openid: ctx.openid,
          confirmedAt: now,
          redeemBy: new Date(now.getTime() + LOGIN_TTL_MS),
        }
      : { state: 'refused', refusedBy: ctx.openid, refusedAt: now }
    const { stats } = await ctx.db
      .collection(COLL.deskLogins)
      .where({ _id: id, state: 'pending', expiresAt: _.gt(now) })
      .update({ data })
    if (stats.updated === 1) return { state: confirm ? 'confirmed' : 'refused' }
    const state = stateAt(await loadLogin(ctx, id), now)
    throw new AppError(
      'CONFLICT',
      state === 'expired'
        ? '二维码已过期，请在电脑上刷新二维码后重新扫码'
        : '这个二维码已经处理过了，请在电脑上刷新二维码后重新扫码',
    )
  },
}

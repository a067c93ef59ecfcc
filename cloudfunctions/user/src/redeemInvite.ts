import { COLL, type Transaction } from '@server/db'
import type { Action } from '@server/router'
import { AppError } from '@shared/errors'
import { normalizeInviteCode, type InvitedRole } from '@shared/invites'

interface Invite {
  _id: string
  role: InvitedRole
  gridId?: string
  companyId?: string
  /** The inviting office's street. */
  streetId?: string
  name: string
  expiresAt: Date
  usedBy: string | null
}

/**
 * `user.redeemInvite`: the caller's WeChat identity takes the role the street office invited
 * someone to. In one transaction: the code is marked used (it must still be unused and
 * unexpired, so of two people racing for one code exactly one gets it), the caller's user row
 * gets the role, and for a grid worker the grid's worker changes (the former one loses the grid).
 */
export const redeemInvite: Action<'user.redeemInvite'> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  validate: (p) => ({ code: normalizeInviteCode((p as { code?: unknown })?.code) }),
  async handle(ctx, { code }) {
    const { db, openid } = ctx
    if (ctx.role === 'office') throw new AppError('CONFLICT', '街道工作人员不能兑换邀请码')
    const at = ctx.now()
    const user = ctx.user
    let refusal: AppError | null = null
    try {
      return await db.runTransaction(async (t: Transaction) => {
        const invite = await t
          .collection(COLL.invitations)
          .doc(code)
          .get()
          .then((r) => r.data as Invite)
          .catch(() => null)
        refusal = !invite
          ? new AppError('NOT_FOUND', '邀请码不存在，请核对后重新输入')
          : invite.usedBy
            ? new AppError('CONFLICT', '该邀请码已被使用，请联系街道重新获取')
            : new Date(invite.expiresAt).getTime() < at.getTime()
              ? new AppError('CONFLICT', '该邀请码已过期，请联系街道重新获取')
              : null
        if (refusal || !invite) throw refusal
        await t
          .collection(COLL.invitations)
          .doc(code)
          .update({ data: { usedBy: openid, usedAt: at } })
        const rest: Record<string, unknown> = { ...(user ?? {}) }
        delete rest._id // set() takes the id from doc(); the rest of the row is kept
        const place =
          invite.role === 'grid_worker'
            ? { gridId: invite.gridId }
            : invite.role === 'property_staff'
              ? { companyId: invite.companyId }
              : {}
        await t
          .collection(COLL.users)
          .doc(openid)
          .set({
            data: {
              ...rest,
              role: invite.role,
              name: invite.name,
              ...place,
              // The inviting office's street: the new staff member's (street-scope.ts).
              streetId: invite.streetId ?? '',
              joinedAt: at,
            },
          })
        if (invite.role === 'grid_worker') {
          const gridId = invite.gridId as string
          const grid = (await t.collection(COLL.grids).doc(gridId).get()).data as {
            workerOpenid?: string
          }
          if (grid.workerOpenid && grid.workerOpenid !== openid)
            await t
              .collection(COLL.users)
              .doc(grid.workerOpenid)
              .update({ data: { gridId: '' } })
              .catch(() => undefined)
          await t
            .collection(COLL.grids)
            .doc(gridId)
            .update({ data: { workerOpenid: openid } })
        }
        return { role: invite.role, name: invite.name, ...place }
      })
    } catch (err) {
      if (refusal) throw refusal
      throw err
    }
  },
}

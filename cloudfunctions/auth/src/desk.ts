import { COLL } from '@server/db'
import type { Action } from '@server/router'
import type { DeskLoginKey } from '@shared/contracts/auth'
import { AppError } from '@shared/errors'
import { loginKey, ownLogin, stateAt } from './logins'
import { ticketMinter } from './ticket'

const USED = '这个二维码已经登录过，不能再次使用；请刷新二维码后重新扫码'

/**
 * `auth.deskPoll`: the desk waits for the phone. Once confirmed, the first poll with the login's
 * secret redeems it (one conditional update) and gets a one-time ticket for the staff member who
 * confirmed; the same person's older desk sessions are superseded (已在其他地方登录).
 */
export const deskPoll: Action<'auth.deskPoll', DeskLoginKey> = {
  roles: 'anyone',
  validate: loginKey,
  async handle(ctx, key) {
    const doc = await ownLogin(ctx, key)
    const now = ctx.now()
    const state = stateAt(doc, now)
    if (state === 'pending' || state === 'refused' || state === 'expired') return { state }
    if (state !== 'confirmed' || !doc.openid) throw new AppError('CONFLICT', USED)
    const mint = ticketMinter()
    const _ = ctx.db.command
    const logins = ctx.db.collection(COLL.deskLogins)
    const won = await logins
      .where({ _id: doc._id, state: 'confirmed' })
      .update({ data: { state: 'redeemed', redeemedAt: now } })
    if (won.stats.updated !== 1) throw new AppError('CONFLICT', USED)
    await logins
      .where({ openid: doc.openid, state: 'redeemed', _id: _.neq(doc._id) })
      .update({ data: { state: 'superseded', endedAt: now } })
    return { state: 'redeemed', ticket: mint(doc.openid) }
  },
}

/** `auth.deskSession`: a signed-in desk checks that its session still stands. */
export const deskSession: Action<'auth.deskSession', DeskLoginKey> = {
  roles: 'anyone',
  validate: loginKey,
  async handle(ctx, key) {
    return { state: stateAt(await ownLogin(ctx, key), ctx.now()) }
  },
}

/** `auth.deskSignOut` (退出登录): the desk's session ends; the client revokes its tokens. */
export const deskSignOut: Action<'auth.deskSignOut', DeskLoginKey> = {
  roles: 'anyone',
  validate: loginKey,
  async handle(ctx, key) {
    const doc = await ownLogin(ctx, key)
    const now = ctx.now()
    await ctx.db
      .collection(COLL.deskLogins)
      .where({ _id: doc._id, state: 'redeemed' })
      .update({ data: { state: 'signedOut', endedAt: now } })
    return { state: stateAt(await ownLogin(ctx, key), now) }
  },
}

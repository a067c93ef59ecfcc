import { followsView, removeFollow, saveFollow } from '@server/follows/store'
import type { Action } from '@server/router'
import { validateFollow, validateUnfollow } from '@shared/follows'

/**
 * The district's area subscriptions (issue 20): what a supervisor follows is their own, so every
 * action works on the caller's follows only; other roles are refused by the router.
 */

/** `stats.follows`: the caller's follows, the categories and the streets to choose from. */
export const follows: Action<'stats.follows'> = {
  roles: ['district'],
  handle: (ctx) => followsView(ctx.db, ctx.openid),
}

/** `stats.follow`: follows a category of the catalogue over every street or the ones picked. */
export const follow: Action<'stats.follow', { category: string; streetIds: string[] }> = {
  roles: ['district'],
  validate: validateFollow,
  async handle(ctx, f) {
    await saveFollow(ctx.db, ctx.openid, f, ctx.now())
    return followsView(ctx.db, ctx.openid)
  },
}

/** `stats.unfollow`: stops following a category. */
export const unfollow: Action<'stats.unfollow'> = {
  roles: ['district'],
  validate: validateUnfollow,
  async handle(ctx, { category }) {
    await removeFollow(ctx.db, ctx.openid, category)
    return followsView(ctx.db, ctx.openid)
  },
}

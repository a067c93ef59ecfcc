import type { Follow } from '../follows'

/** What the 关注的问题类型 section shows: the follows, and what can be followed. */
export interface FollowsView {
  follows: Follow[]
  /** The catalogue's categories, in the order residents see them. */
  categories: Array<{ key: string; label: string }>
  streets: Array<{ id: string; name: string }>
}

/** Area subscriptions of the district (issue 20): the `stats` function serves them. */
export interface FollowActions {
  /** The caller's follows (district only). */
  'stats.follows': { req: Record<string, never>; res: FollowsView }
  /** Follows a category (again: replaces its streets); every street when `streetIds` is empty. */
  'stats.follow': { req: { category: string; streetIds?: string[] }; res: FollowsView }
  /** Stops following a category; following nothing of it already is no error. */
  'stats.unfollow': { req: { category: string }; res: FollowsView }
}

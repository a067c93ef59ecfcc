import { initCloud } from '@server/cloud'
import { createRouter } from '@server/router'
import { dashboard, exportDashboard, ranking, streets } from './actions'
import { follow, follows, unfollow } from './follows'

/**
 * The `stats` cloud function: the street office's figures, 红黑榜 and their export; the
 * district's streets side by side and its follows (area subscriptions, digested by `sla`).
 */
export const main = createRouter(initCloud(), {
  'stats.dashboard': dashboard,
  'stats.ranking': ranking,
  'stats.export': exportDashboard,
  'stats.streets': streets,
  'stats.follows': follows,
  'stats.follow': follow,
  'stats.unfollow': unfollow,
})

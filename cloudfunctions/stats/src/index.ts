import { initCloud } from '@server/cloud'
import { createRouter } from '@server/router'
import { dashboard, exportDashboard, ranking, streets } from './actions'

/** The `stats` cloud function: the street office's figures, 红黑榜 and their export. */
export const main = createRouter(initCloud(), {
  'stats.dashboard': dashboard,
  'stats.ranking': ranking,
  'stats.export': exportDashboard,
  'stats.streets': streets,
})

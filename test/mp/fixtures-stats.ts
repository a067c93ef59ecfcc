import type { Dashboard, Ranking } from '@shared/contracts/stats'
import { computeFigures, presetPeriod, type Period } from '@shared/figures'

/** What the stats function answers in the mp tests: an empty month, and an empty 红黑榜. */
function dashboard(period: Period): Dashboard {
  return {
    period,
    scope: { kind: 'street' },
    figures: computeFigures([], period),
    trend: { unit: 'day', rows: [] },
    byCategory: [],
    byGrid: [],
    overdue: [],
    generatedAt: '2026-11-23T08:00:00.000Z',
  }
}

const ranking: Ranking = {
  quarter: '2026Q4',
  period: { from: '2026-10-01', to: '2026-12-31' },
  standings: [],
}

export const STATS_CLOUD = {
  'stats.dashboard': (p: { period?: Period }) =>
    dashboard(p?.period ?? presetPeriod('thisMonth', new Date('2026-11-23T08:00:00Z'))),
  'stats.ranking': () => ranking,
}

export const STATS_PAGES = {
  'pages/figures/index': {
    as: 'office' as const,
    text: ['导出 Excel', '趋势', '按问题类型', '按网格', '物业红黑榜'],
  },
  // Any role lands here from an unknown address.
  'pages/not-found/index': { as: 'resident' as const, text: ['页面不存在', '返回首页'] },
}

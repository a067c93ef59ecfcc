import type { Dashboard, Ranking, StreetFigures } from '@shared/contracts/stats'
import { computeFigures, rankCompanies, type Period } from '@shared/figures'
import DashboardPage from '@/pages/figures'
import { FakeCloud } from '../../support/fake-cloud'
import { renderPage } from './render'

/** The 统计看板's answers for ui tests: a period's figures from two reports, and a 红黑榜. */

export const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms))
export const office = { openid: 'o_off', role: 'office', name: '陈主任', registered: true }

export function dashboard(period: Period): Dashboard {
  const at = new Date(`${period.from}T02:00:00Z`)
  const figures = computeFigures(
    [
      {
        state: 'closed',
        createdAt: at,
        deadlines: { acceptBy: new Date(+at + 3600_000), resolveBy: new Date(+at + 86400_000) },
        events: [
          { at, action: 'create' },
          { at: new Date(+at + 600_000), action: 'accept' },
          { at: new Date(+at + 7200_000), action: 'resolve' },
          { at: new Date(+at + 9000_000), action: 'confirm', rating: 5 },
        ],
        rating: { score: 5 },
      },
      { state: 'submitted', createdAt: at, deadlines: { acceptBy: at, resolveBy: at }, events: [] },
    ],
    period,
  )
  const row = {
    received: 2,
    responseRate: 0.5,
    due: 2,
    onTimeRate: 0.5,
    satisfaction: 1,
    reopenedShare: 0,
    avgResolveMin: 120,
  }
  return {
    period,
    scope: { kind: 'street' },
    figures,
    trend: { unit: 'day', rows: [{ key: period.from, label: period.from, ...row }] },
    byCategory: [{ key: 'lighting', label: '路灯照明', ...row }],
    byGrid: [{ key: 'g1', label: '新华社区第一网格', ...row }],
    overdue: [
      {
        id: 'r1',
        no: 'BS20261101-0001',
        category: '路灯照明',
        area: '新华小区1号楼',
        handlerName: '新华社区第一网格',
        state: '待受理',
        deadline: at.toISOString(),
      },
    ],
    generatedAt: at.toISOString(),
  }
}

export const ranking: Ranking = {
  quarter: '2026Q4',
  period: { from: '2026-10-01', to: '2026-12-31' },
  standings: rankCompanies([
    {
      id: 'a',
      name: '绿城物业',
      received: 40,
      rated: 40,
      satisfied: 39,
      due: 40,
      resolvedInTime: 39,
      resolvedEver: 40,
      reopened: 0,
    },
    {
      id: 'b',
      name: '万家物业',
      received: 20,
      rated: 20,
      satisfied: 10,
      due: 20,
      resolvedInTime: 10,
      resolvedEver: 20,
      reopened: 2,
    },
  ]),
}

/** The district's two streets, in the server's id order (凤凰岭 ranked second). */
export const streets = (): StreetFigures[] => [
  { streetId: 'fenghuang', name: '凤凰岭街道', rank: 2, figures: dashboard(PERIOD).figures },
  { streetId: 'haibei', name: '海北街道', rank: 1, figures: dashboard(PERIOD).figures },
]
const PERIOD = { from: '2026-12-01', to: '2026-12-31' }

/** What the fake answers stats.dashboard with: from the asked period, and the whole query. */
type Answer = (period: Period, query: { scope?: { kind: string } }) => Dashboard

/** The district's follows: none yet, the catalogue's first categories, the two streets. */
export const noFollows = () => ({
  follows: [],
  categories: [
    { key: 'noise', label: '噪音扰民' },
    { key: 'safety', label: '安全隐患' },
  ],
  streets: [
    { id: 'fenghuang', name: '凤凰岭街道' },
    { id: 'haibei', name: '海北街道' },
  ],
})

/** `more` sets further answers before the page mounts (it loads on mount). */
export async function open(
  answer: Answer = dashboard,
  me: object = office,
  more: (cloud: FakeCloud) => void = () => undefined,
) {
  const cloud = new FakeCloud()
    .on('user.whoami', () => me)
    .on('stats.dashboard', (p) =>
      answer((p as { period: Period }).period, p as { scope?: { kind: string } }),
    )
    .on('grid.places', () => ({ communities: [{ _id: 'c1', name: '新华社区', buildings: [] }] }))
    .on('grid.handlers', () => ({
      handlers: [
        { kind: 'grid', id: 'g1', name: '新华社区第一网格' },
        { kind: 'property', id: 'p1', name: '绿城物业' },
      ],
    }))
    .on('stats.ranking', () => ranking)
    .on('stats.streets', (p) => ({ ...(p as { period: Period }), streets: streets() }))
    .on('stats.export', () => ({ fileID: 'cloud://x/exports/f.xlsx', url: 'http://x/f.xlsx' }))
    .on('stats.follows', noFollows)
  more(cloud)
  const r = await renderPage(DashboardPage, cloud)
  await r.store.session.load()
  await tick()
  return r
}

import type { ActionContext } from '@server/context'
import { COLL, findById } from '@server/db'
import { buildDashboard } from '@server/figures/dashboard'
import { storeExport } from '@server/exports'
import { buildRanking } from '@server/figures/ranking'
import { scopeFor, streetFigures } from '@server/figures/streets'
import { validateDashboard, validateQuarter, type DashboardReq } from '@server/figures/validate'
import { dashboardWorkbook } from '@server/figures/xlsx'
import type { Action } from '@server/router'
import { findStreet } from '@server/street-scope'
import type { Scope } from '@shared/contracts/stats'
import { quarterOf, type Period } from '@shared/figures'
import { newId } from '@shared/ids'
import { categoryLabel } from '@shared/reports'
import { beijingDay } from '@shared/time'

/** `stats.dashboard` (street office; the district per street or all): a period and scope's figures. */
export const dashboard: Action<'stats.dashboard', DashboardReq> = {
  roles: ['office', 'district'],
  validate: validateDashboard,
  handle: async (ctx, { period, scope, unit }) =>
    buildDashboard(ctx.db, period, await scopeFor(ctx, scope), unit, ctx.now()),
}

/** `stats.streets` (district): every street's figures of a period side by side, ranked. */
export const streets: Action<'stats.streets', { period: Period }> = {
  roles: ['district'],
  validate: (p) => ({ period: validateDashboard(p).period }),
  handle: async (ctx, { period }) => ({ period, streets: await streetFigures(ctx, period) }),
}

/** `stats.ranking`: 红黑榜 of a quarter (office: all; property staff: their own standing). */
export const ranking: Action<
  'stats.ranking',
  { quarter: string; period: { from: string; to: string } }
> = {
  roles: ['office', 'property_staff', 'district'],
  validate: validateQuarter,
  handle: (ctx, { quarter, period }) => buildRanking(ctx, quarter, period),
}

async function scopeName(ctx: ActionContext, scope: Scope): Promise<string> {
  if (scope.kind === 'street' || !scope.id) return scope.streetId ? '全街道' : '全区'
  if (scope.kind === 'category') return categoryLabel(scope.id)
  const coll = { community: COLL.communities, grid: COLL.grids, company: COLL.propertyCompanies }[
    scope.kind
  ]
  return (await findById<{ name: string }>(ctx.db, coll, scope.id))?.name ?? scope.id
}

/**
 * `stats.export` (street office): the dashboard and the 红黑榜 of the quarter the period ends in,
 * as .xlsx under exports/ in cloud storage, with a temporary download URL.
 */
export const exportDashboard: Action<'stats.export', DashboardReq> = {
  roles: ['office', 'district'],
  validate: validateDashboard,
  async handle(ctx, { period, scope: asked, unit }) {
    const quarter = quarterOf(period.to)
    const scope = await scopeFor(ctx, asked)
    const [d, r, name, street] = await Promise.all([
      buildDashboard(ctx.db, period, scope, unit, ctx.now()),
      buildRanking(ctx, quarter, validateQuarter({ quarter }).period),
      scopeName(ctx, scope),
      scope.streetId ? findStreet(ctx.db, scope.streetId) : null,
    ])
    const streetName = street?.name ?? ''
    const cloudPath = `exports/${ctx.openid}/figures-${period.from}-${period.to}-${beijingDay(ctx.now())}-${newId().slice(-6)}.xlsx`
    return storeExport(ctx, cloudPath, await dashboardWorkbook(d, r, streetName, name))
  },
}

import type { Scope, StreetFigures } from '../../shared/contracts/stats'
import type { Figures, Period } from '../../shared/figures'
import type { ActionContext } from '../context'
import { allStreets, callerScope, callerStreetId } from '../street-scope'
import { buildDashboard } from './dashboard'

/**
 * The dashboard's scope narrowed to the caller's street (street-scope.ts): an office's own street
 * whatever it asked; the district the street it drills into, or every street together.
 */
export async function scopeFor(ctx: ActionContext, scope: Scope): Promise<Scope> {
  const { streetId, ...rest } = scope
  if ((await callerScope(ctx)).kind === 'district') return streetId ? { ...rest, streetId } : rest
  return { ...rest, streetId: await callerStreetId(ctx) }
}

/** Higher first; a street with no figure (null) after every street with one. */
const desc = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1)

/** 按时办结率, then 满意率, then 响应率, then the name: the district's order of merit. */
function byMerit(a: { name: string; figures: Figures }, b: { name: string; figures: Figures }) {
  const x = a.figures
  const y = b.figures
  return (
    desc(x.onTimeRate, y.onTimeRate) ||
    desc(x.satisfaction, y.satisfaction) ||
    desc(x.responseRate, y.responseRate) ||
    a.name.localeCompare(b.name, 'zh')
  )
}

/**
 * The district's side-by-side view: each street's figures of the period (the same dashboard an
 * office sees of its own street), ranked.
 */
export async function streetFigures(ctx: ActionContext, period: Period): Promise<StreetFigures[]> {
  const streets = await allStreets(ctx.db)
  const rows = await Promise.all(
    streets.map(async (s) => {
      const scope: Scope = { kind: 'street', streetId: s._id }
      const d = await buildDashboard(ctx.db, period, scope, 'month', ctx.now())
      return { streetId: s._id, name: s.name, figures: d.figures }
    }),
  )
  return rows.sort(byMerit).map((r, i) => ({ ...r, rank: i + 1 }))
}

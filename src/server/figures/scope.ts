import type { Scope } from '../../shared/contracts/stats'
import type { Period } from '../../shared/figures'
import type { Command } from '../db'

/**
 * A scope as a match on the report's indexed fields, and a period as a range of `fig.day`
 * (received) or `fig.dueDay` (due) — Beijing days as strings, so no instant arithmetic here.
 * Every pair is an index of emulator/indexes.json (scope field first, then the day).
 */
export function scopeMatch(scope: Scope): Record<string, unknown> {
  // Within one street when the scope names one (street-scope.ts decides which it may name).
  return { ...(scope.streetId ? { streetId: scope.streetId } : {}), ...kindMatch(scope) }
}

function kindMatch(scope: Scope): Record<string, unknown> {
  switch (scope.kind) {
    case 'community':
      return { 'place.communityId': scope.id }
    case 'grid':
      return { 'place.gridId': scope.id }
    case 'company':
      // Without an id: every property company's reports (the 红黑榜 groups them by company).
      return scope.id
        ? { 'handler.kind': 'property', 'handler.id': scope.id }
        : { 'handler.kind': 'property' }
    case 'category':
      return { categoryKey: scope.id }
    default:
      return {}
  }
}

export const dayRange = (_: Command, p: Period) => _.gte(p.from).and(_.lte(p.to))

/** Reports received in the period, in the scope. */
export const receivedIn = (_: Command, p: Period, scope: Scope) => ({
  ...scopeMatch(scope),
  'fig.day': dayRange(_, p),
})

/** Valid reports whose resolve deadline falls in the period, in the scope. */
export const dueIn = (_: Command, p: Period, scope: Scope) => ({
  ...scopeMatch(scope),
  'fig.dueDay': dayRange(_, p),
})

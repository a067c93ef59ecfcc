import type { Scope } from '../../shared/contracts/stats'
import type { Period } from '../../shared/figures'
import type { Command } from '../db'

/**
 * A scope as a match on the report's indexed fields (the overdue list, the reports that pulled
 * a company down), and a period as a range of Beijing days as strings (`fig.day`, `fig.dueDay`,
 * a rollup's `day`), so no instant arithmetic here.
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

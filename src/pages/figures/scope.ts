import type { HandlerOption, PlaceCommunity } from '@shared/contracts/grid'
import type { Scope } from '@shared/contracts/stats'
import { RESIDENT_CATEGORIES } from '@shared/reports'

/** A choice of the dashboard's scope picker: what it says and what the server is asked for. */
export interface ScopeOption {
  label: string
  scope: Scope
}

export const STREET: ScopeOption = { label: '全街道', scope: { kind: 'street' } }

/**
 * Everything the figures can be narrowed to: the street, each community, grid and property
 * company (the street's reference data), and each category of report.
 */
export function scopeOptions(
  communities: readonly PlaceCommunity[],
  handlers: readonly HandlerOption[],
): ScopeOption[] {
  const of = (kind: Scope['kind'], prefix: string, id: string, name: string): ScopeOption => ({
    label: `${prefix}·${name}`,
    scope: { kind, id },
  })
  return [
    STREET,
    ...communities.map((c) => of('community', '社区', c._id, c.name)),
    ...handlers.map((h) =>
      h.kind === 'grid' ? of('grid', '网格', h.id, h.name) : of('company', '物业', h.id, h.name),
    ),
    ...categoryScopes(),
  ]
}

const categoryScopes = (): ScopeOption[] =>
  RESIDENT_CATEGORIES.map((c) => ({
    label: `类型·${c.label}`,
    scope: { kind: 'category', id: c.key },
  }))

export const sameScope = (a: Scope, b: Scope) => a.kind === b.kind && (a.id ?? '') === (b.id ?? '')

/** The district's choices within a drilled-into street: the whole street or one category. */
export const districtScopes = (): ScopeOption[] => [STREET, ...categoryScopes()]

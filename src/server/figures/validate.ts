import { isId, oneOf } from '../../shared/checks'
import type { Scope, ScopeKind } from '../../shared/contracts/stats'
import { AppError } from '../../shared/errors'
import { checkPeriod, quarterPeriod, type Period, type TrendUnit } from '../../shared/figures'
import { isCategoryKey } from '../../shared/reports'

const KINDS: ScopeKind[] = ['street', 'community', 'grid', 'company', 'category']
const UNITS: TrendUnit[] = ['day', 'week', 'month']

export interface DashboardReq {
  period: Period
  scope: Scope
  unit: TrendUnit
}

/** `stats.dashboard` / `stats.export`: real days, a known scope with its id, a trend unit. */
export function validateDashboard(p: unknown): DashboardReq {
  const v = (p ?? {}) as {
    period?: unknown
    scope?: { kind?: unknown; id?: unknown; streetId?: unknown }
    unit?: unknown
  }
  const period = checkPeriod(v.period)
  if (typeof period === 'string') throw new AppError('INVALID_INPUT', period, { period })
  const kind = oneOf(v.scope?.kind, KINDS, 'street', '没有这个统计范围')
  const id = v.scope?.id
  if (kind !== 'street') {
    const ok = kind === 'category' ? isCategoryKey(id) : isId(id)
    if (!ok) throw new AppError('INVALID_INPUT', '请选择要统计的社区、网格、物业公司或问题类型')
  }
  const unit = oneOf(v.unit, UNITS, 'day', '趋势只能按日、周或月')
  const streetId = v.scope?.streetId
  if (streetId !== undefined && !isId(streetId))
    throw new AppError('INVALID_INPUT', '没有这个街道')
  const street = streetId === undefined ? {} : { streetId: streetId as string }
  const scope: Scope = kind === 'street' ? { kind, ...street } : { kind, id: id as string, ...street }
  return { period, scope, unit }
}

/** `stats.ranking`: a quarter such as 2026Q4. */
export function validateQuarter(p: unknown): { quarter: string; period: Period } {
  const q = (p as { quarter?: unknown } | null)?.quarter
  const period = quarterPeriod(q)
  if (!period) throw new AppError('INVALID_INPUT', '季度格式应为 2026Q4', { quarter: '请选择季度' })
  return { quarter: q as string, period }
}

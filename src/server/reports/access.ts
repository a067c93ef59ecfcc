import { AppError } from '../../shared/errors'
import type { Relation } from '../../shared/privacy'
import { isCurrentHandler, type ReportCaller } from '../../shared/reports'
import type { ActionContext } from '../context'
import { getBuilding } from '../places'
import { callerScope, inScope } from '../street-scope'
import type { StreetScope } from '../../shared/streets'
import type { StoredReport } from './model'

/**
 * Who is looking: the caller's role and current assignment (from their user row, read when they
 * act) and, where known, the grid of their bound home (for the grid worker's phone).
 */
export interface Viewer extends ReportCaller {
  /** undefined: not looked up (then the viewer counts as living elsewhere). */
  homeGridId?: string | null
  /** The viewer's street (street-scope.ts); without it an office user sees no street's reports. */
  scope?: StreetScope
}

/** The viewer with the grid of their bound home, for views that show the grid worker's phone. */
export async function viewerOf(ctx: ActionContext): Promise<Viewer> {
  const home = (ctx.user as { address?: { buildingId?: string } } | null)?.address
  const building = home?.buildingId ? await getBuilding(ctx.db, home.buildingId) : null
  return {
    openid: ctx.openid,
    role: ctx.role,
    user: ctx.user,
    now: ctx.now,
    homeGridId: building?.gridId ?? null,
    scope: await callerScope(ctx),
  }
}

/**
 * How the viewer stands to a report (src/shared/privacy.ts). `retired`: was on the handler's
 * staff list when the report came in but no longer works for that handler; the snapshot is kept
 * on the report only to address notices.
 */
export function relationsTo(r: StoredReport, v: Viewer): Relation[] {
  const out: Relation[] = []
  if (!v.openid) return ['neighbour']
  const handler = isCurrentHandler(v, r.handler)
  if (r.reporterOpenid === v.openid) out.push('owner')
  if (r.followers.includes(v.openid)) out.push('follower')
  if (handler) out.push('handler')
  else if (r.handler.staffOpenids.includes(v.openid)) out.push('retired')
  // The office of the report's street; the district reads every street's reports as the office does.
  if ((v.role === 'office' || v.role === 'district') && v.scope && inScope(v.scope, r))
    out.push('office')
  if (v.homeGridId && v.homeGridId === r.place.gridId) out.push('gridResident')
  if (!out.length) out.push('neighbour')
  return out
}

/** Who may open a report: its reporter, its followers, its current handler and the office. */
export function canView(r: StoredReport, v: Viewer): boolean {
  const rel = relationsTo(r, v)
  return (['owner', 'follower', 'handler', 'office'] as Relation[]).some((x) => rel.includes(x))
}

/**
 * Why a viewer may not open a report, in the terms of their own role: a resident sees their own
 * and followed reports, staff the reports of the grid or company they work for now.
 */
export function refusalFor(r: StoredReport, v: Viewer): string {
  if (relationsTo(r, v).includes('retired'))
    return '您已不再负责这条报事所在的网格或物业，不能查看。如有疑问请联系街道'
  switch (v.role) {
    case 'grid_worker':
      return '这条报事不属于您负责的网格，只能查看本网格的报事'
    case 'property_staff':
      return '这条报事不属于您所在的物业公司，只能查看本公司承办的报事'
    default:
      return '只能查看本人提交或关注的报事'
  }
}

/** The report, or NOT_FOUND / FORBIDDEN with a message the viewer can act on. */
export function requireViewable(r: StoredReport | null, v: Viewer): StoredReport {
  // Another street's report is hidden from its office as if it did not exist (no probing of ids).
  if (!r || (v.role === 'office' && !canView(r, v)))
    throw new AppError('NOT_FOUND', '报事不存在或已删除')
  if (!canView(r, v)) throw new AppError('FORBIDDEN', refusalFor(r, v))
  return r
}

import { COLL } from '@server/db'
import { countByState } from '@server/reports/counts'
import type { Action } from '@server/router'
import { callerStreetId } from '@server/street-scope'
import { workCountsOf } from '@shared/reports/work-counts'
import { handlerMatch } from './inbox'

/**
 * `report.workCounts`: what a staff member's 首页 shows first — one grouped count over the
 * caller's own grid's or company's reports (index handler.id), or over the street's for the
 * office plus its applications 待审核 (index state). The counts are those of the lists they open.
 */
export const workCounts: Action<'report.workCounts'> = {
  roles: ['grid_worker', 'property_staff', 'office'],
  async handle(ctx) {
    if (ctx.role === 'office') {
      const streetId = await callerStreetId(ctx)
      const [reports, applications] = await Promise.all([
        countByState(ctx.db, { streetId }),
        ctx.db.collection(COLL.applications).where({ streetId, state: 'submitted' }).count(),
      ])
      return { counts: workCountsOf('office', reports, applications.total) }
    }
    const role = ctx.role === 'grid_worker' ? 'grid_worker' : 'property_staff'
    const reports = await countByState(ctx.db, { 'handler.id': handlerMatch(ctx) })
    return { counts: workCountsOf(role, reports) }
  },
}

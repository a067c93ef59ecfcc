import { COLL } from '@server/db'
import { stateCounts } from '@server/reports/counts'
import type { Action } from '@server/router'
import { callerStreetId } from '@server/street-scope'
import { workCountsOf } from '@shared/reports/work-counts'
import { handlerIds } from './inbox'

/**
 * `report.workCounts`: what a staff member's 首页 shows first — the counters of the
 * caller's own grid's or company's reports, or of the street's for the office (kept by every
 * step, counts.ts stateCounts), plus its applications 待审核 (index state). The counts are those of the lists they open.
 */
export const workCounts: Action<'report.workCounts'> = {
  roles: ['grid_worker', 'property_staff', 'office'],
  async handle(ctx) {
    if (ctx.role === 'office') {
      const streetId = await callerStreetId(ctx)
      const [reports, applications] = await Promise.all([
        stateCounts(ctx.db, { streetId }),
        ctx.db.collection(COLL.applications).where({ streetId, state: 'submitted' }).count(),
      ])
      return { counts: workCountsOf('office', reports, applications.total) }
    }
    const role = ctx.role === 'grid_worker' ? 'grid_worker' : 'property_staff'
    const reports = await stateCounts(ctx.db, { handlerIds: handlerIds(ctx) })
    return { counts: workCountsOf(role, reports) }
  },
}

import { paged } from '@server/db'
import { countByState, stateCounts, tally } from '@server/reports/counts'
import type { StoredReport } from '@server/reports/model'
import {
  FILTERS,
  inQueue,
  officeReports,
  validateOfficeQuery,
  type OfficeQuery,
} from '@server/reports/office-query'
import { toSummary } from '@server/reports/view'
import type { Action } from '@server/router'
import type { ReportActions } from '@shared/contracts/report'

type Res = ReportActions['report.search']['res']
const PAGE = 20

/**
 * `report.search`: the street office's view of every report, by queue, newest first, with
 * counts; narrowed by category, grid, handler (a grid or a property company) and the day it
 * came in (Beijing dates, both ends included), and by the search box (`q`): a report number, the
 * reporter's mobile number or words of the description — over the street's whole history.
 */
export const search: Action<'report.search', OfficeQuery> = {
  roles: ['office'],
  validate: validateOfficeQuery,
  async handle(ctx, req) {
    const { narrow, query } = officeReports(ctx.db, req)
    // Every queue's badge from one grouped count, not one count() per queue; unnarrowed (the
    // console as it opens), from the street's counters kept by every step.
    const [{ rows, hasMore }, counts] = await Promise.all([
      paged<StoredReport>(query, req.page, PAGE),
      Object.keys(narrow).length ? countByState(ctx.db, narrow) : stateCounts(ctx.db, 'street'),
    ])
    return {
      items: rows.map((r) => toSummary(r, ctx)),
      hasMore,
      counts: Object.fromEntries(
        FILTERS.map((f) => [f, tally(counts, inQueue(f))]),
      ) as Res['counts'],
    }
  },
}

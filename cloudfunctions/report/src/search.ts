import { paged } from '@server/db'
import { viewerOf } from '@server/reports/access'
import { COUNT_CAP, countByState, stateCounts, tally } from '@server/reports/counts'
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

/** The street of a narrowing that is nothing but one street, or null. */
function onlyStreet(narrow: { streetId?: string }): string | null {
  return Object.keys(narrow).length === 1 && narrow.streetId ? narrow.streetId : null
}

/**
 * `report.search`: the street office's view of every report, by queue, newest first, with
 * counts; narrowed by category, grid, handler (a grid or a property company) and the day it
 * came in (Beijing dates, both ends included), and by the search box (`q`): a report number, the
 * reporter's mobile number or words of the description — over the street's whole history.
 */
export const search: Action<'report.search', OfficeQuery> = {
  roles: ['office', 'district'],
  validate: validateOfficeQuery,
  async handle(ctx, req) {
    const { narrow, query } = await officeReports(ctx, req)
    // Every queue's badge from one grouped count, not one count() per queue; a street's console
    // as it opens (narrowed to its street only) from the street's counters kept by every step.
    const streetId = onlyStreet(narrow)
    const [{ rows, hasMore }, { counts, capped }, viewer] = await Promise.all([
      paged<StoredReport>(query, req.page, PAGE),
      streetId
        ? stateCounts(ctx.db, { streetId }).then((counts) => ({ counts, capped: false }))
        : countByState(ctx.db, narrow),
      viewerOf(ctx),
    ])
    return {
      items: rows.map((r) => toSummary(r, viewer)),
      hasMore,
      counts: Object.fromEntries(
        FILTERS.map((f) => [f, tally(counts, inQueue(f))]),
      ) as Res['counts'],
      ...(capped ? { countsCapped: COUNT_CAP } : {}),
    }
  },
}

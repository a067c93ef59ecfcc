import { storeExport } from '@server/exports'
import { viewerOf } from '@server/reports/access'
import { reportsWorkbook } from '@server/reports/export-xlsx'
import type { StoredReport } from '@server/reports/model'
import { officeReports, validateOfficeQuery, type OfficeQuery } from '@server/reports/office-query'
import { toSummary } from '@server/reports/view'
import type { Action } from '@server/router'
import { callerStreet, findStreet } from '@server/street-scope'
import { newId } from '@shared/ids'
import { beijingDay } from '@shared/time'

/** The most rows one export holds (newest first): a file a desk opens, not a database dump. */
export const EXPORT_MAX = 5000
/** The SDK returns at most 1000 documents per read. */
const READ = 1000

/**
 * `report.export` (street office): the console's list — the same queue, filters and search as
 * report.search, newest first — as .xlsx in cloud storage under exports/, with a temporary
 * download URL. Rows are the summaries the table shows (the same privacy), full description.
 */
export const exportReports: Action<'report.export', OfficeQuery> = {
  roles: ['office', 'district'],
  validate: validateOfficeQuery,
  async handle(ctx, req) {
    const { query } = await officeReports(ctx, req)
    const rows: StoredReport[] = []
    for (let skip = 0; skip < EXPORT_MAX; skip += READ) {
      const { data } = await query
        .skip(skip)
        .limit(Math.min(READ, EXPORT_MAX - skip + 1))
        .get()
      rows.push(...(data as StoredReport[]))
      if (data.length < READ) break
    }
    const truncated = rows.length > EXPORT_MAX
    const kept = rows.slice(0, EXPORT_MAX)
    // The caller's street's name on the sheet (the district's: the street it drilled into, or none).
    const own = await callerStreet(ctx)
    const street =
      (own ?? (req.streetId ? await findStreet(ctx.db, req.streetId) : null))?.name ?? ''
    const note = truncated ? `只导出了最新的 ${EXPORT_MAX} 条；请缩小日期范围分批导出。` : ''
    const viewer = await viewerOf(ctx)
    const file = await reportsWorkbook(
      kept.map((r) => ({ ...toSummary(r, viewer), fullDescription: r.description })),
      street,
      note,
    )
    const cloudPath = `exports/${ctx.openid}/reports-${beijingDay(ctx.now())}-${newId().slice(-6)}.xlsx`
    return { ...(await storeExport(ctx, cloudPath, file)), rows: kept.length, truncated }
  },
}

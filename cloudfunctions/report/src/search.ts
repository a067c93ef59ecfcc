import type { ActionDef } from '../../../src/server/router'
import { REPORTS, type StoredReport } from '../../../src/server/reports/model'
import { toSummary } from '../../../src/server/reports/view'
import type { ReportActions, OfficeFilter } from '../../../src/shared/contracts/report'
import { AppError } from '../../../src/shared/errors'
import { isCategoryKey } from '../../../src/shared/reports'

type Res = ReportActions['report.search']['res']
const PAGE = 20
const FILTERS: OfficeFilter[] = ['all', 'pending', 'active', 'escalations', 'overdue', 'done']

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function where(_: any, f: OfficeFilter): object {
  switch (f) {
    case 'pending':
      return { state: _.in(['submitted', 'transferred']) }
    case 'active':
      return { state: _.in(['accepted', 'reopened', 'assigned']) }
    case 'escalations':
      return { state: _.in(['escalated', 'returned']) }
    case 'overdue':
      return { overdue: true, state: _.nin(['closed', 'rejected', 'duplicate', 'resolved']) }
    case 'done':
      return { state: _.in(['resolved', 'closed', 'rejected', 'duplicate']) }
    default:
      return {}
  }
}

interface Req {
  filter: OfficeFilter
  categoryKey?: string
  gridId?: string
  page: number
}

/** `report.search`: the street office's view of every report, by queue, newest first, with counts. */
export const search: ActionDef<Req, Res> = {
  roles: ['office'],
  validate(p) {
    const v = (p ?? {}) as Record<string, unknown>
    const filter = (v.filter ?? 'all') as OfficeFilter
    if (!FILTERS.includes(filter)) throw new AppError('INVALID_INPUT', '没有这个筛选条件')
    if (v.categoryKey !== undefined && !isCategoryKey(v.categoryKey))
      throw new AppError('INVALID_INPUT', '没有这个问题类型')
    if (v.gridId !== undefined && (typeof v.gridId !== 'string' || !/^[\w-]{1,64}$/.test(v.gridId)))
      throw new AppError('INVALID_INPUT', '网格不正确')
    const page = v.page ?? 1
    if (!Number.isInteger(page) || (page as number) < 1)
      throw new AppError('INVALID_INPUT', '页码不正确')
    return {
      filter,
      categoryKey: v.categoryKey as string | undefined,
      gridId: v.gridId as string | undefined,
      page: page as number,
    }
  },
  async handle(ctx, { filter, categoryKey, gridId, page }) {
    const _ = ctx.db.command
    const extra = {
      ...(categoryKey ? { categoryKey } : {}),
      ...(gridId ? { 'place.gridId': gridId } : {}),
    }
    const { data } = await ctx.db
      .collection(REPORTS)
      .where({ ...where(_, filter), ...extra })
      .orderBy('createdAt', 'desc')
      .skip((page - 1) * PAGE)
      .limit(PAGE + 1)
      .get()
    const totals = await Promise.all(
      FILTERS.map((f) =>
        ctx.db
          .collection(REPORTS)
          .where({ ...where(_, f), ...extra })
          .count(),
      ),
    )
    const rows = data as StoredReport[]
    return {
      items: rows.slice(0, PAGE).map((r) => toSummary(r, ctx)),
      hasMore: rows.length > PAGE,
      counts: Object.fromEntries(FILTERS.map((f, i) => [f, totals[i].total])) as Res['counts'],
    }
  },
}

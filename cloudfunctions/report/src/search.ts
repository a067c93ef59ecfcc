import type { ActionDef } from '../../../src/server/router'
import { REPORTS, type StoredReport } from '../../../src/server/reports/model'
import { toSummary } from '../../../src/server/reports/view'
import type { ReportActions, OfficeFilter } from '../../../src/shared/contracts/report'
import { AppError } from '../../../src/shared/errors'
import { isCategoryKey } from '../../../src/shared/reports'
import { dayEnd, dayStart, parseDay } from '../../../src/shared/time'

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
  handlerId?: string
  from?: string
  to?: string
  page: number
}

const ID = /^[\w-]{1,64}$/

function validate(p: unknown): Req {
  const v = (p ?? {}) as Record<string, unknown>
  const filter = (v.filter ?? 'all') as OfficeFilter
  if (!FILTERS.includes(filter)) throw new AppError('INVALID_INPUT', '没有这个筛选条件')
  if (v.categoryKey !== undefined && !isCategoryKey(v.categoryKey))
    throw new AppError('INVALID_INPUT', '没有这个问题类型')
  for (const k of ['gridId', 'handlerId'])
    if (v[k] !== undefined && (typeof v[k] !== 'string' || !ID.test(v[k] as string)))
      throw new AppError('INVALID_INPUT', '网格或物业公司不正确')
  for (const k of ['from', 'to'])
    if (v[k] !== undefined && parseDay(v[k]) === null)
      throw new AppError('INVALID_INPUT', '日期格式应为 YYYY-MM-DD')
  if (v.from && v.to && (v.from as string) > (v.to as string))
    throw new AppError('INVALID_INPUT', '开始日期不能晚于结束日期')
  const page = v.page ?? 1
  if (!Number.isInteger(page) || (page as number) < 1)
    throw new AppError('INVALID_INPUT', '页码不正确')
  const opt = (k: string) => (v[k] === undefined ? undefined : (v[k] as string))
  return {
    filter,
    categoryKey: opt('categoryKey'),
    gridId: opt('gridId'),
    handlerId: opt('handlerId'),
    from: opt('from'),
    to: opt('to'),
    page: page as number,
  }
}

/**
 * `report.search`: the street office's view of every report, by queue, newest first, with
 * counts; narrowed by category, grid, handler (a grid or a property company) and the day it
 * came in (Beijing dates, both ends included).
 */
export const search: ActionDef<Req, Res> = {
  roles: ['office'],
  validate,
  async handle(ctx, { filter, categoryKey, gridId, handlerId, from, to, page }) {
    const _ = ctx.db.command
    // Beijing days, both ends included.
    const created =
      from && to
        ? _.gte(dayStart(from)).and(_.lte(dayEnd(to)))
        : from
          ? _.gte(dayStart(from))
          : to
            ? _.lte(dayEnd(to))
            : undefined
    const extra = {
      ...(categoryKey ? { categoryKey } : {}),
      ...(gridId ? { 'place.gridId': gridId } : {}),
      ...(handlerId ? { 'handler.id': handlerId } : {}),
      ...(created ? { createdAt: created } : {}),
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

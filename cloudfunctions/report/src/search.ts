import { COLL, paged, type Command } from '@server/db'
import { countByState, tally } from '@server/reports/counts'
import type { StoredReport } from '@server/reports/model'
import { toSummary } from '@server/reports/view'
import type { Action } from '@server/router'
import { isId, oneOf, page as checkPage } from '@shared/checks'
import type { ReportActions, OfficeFilter } from '@shared/contracts/report'
import { AppError } from '@shared/errors'
import {
  AWAITING_ACCEPT,
  CLOSED_STATES,
  FIXED_STATES,
  IN_HAND,
  isCategoryKey,
  OPEN_STATES,
  parseReportQuery,
  WITH_OFFICE,
  type ReportQuery,
} from '@shared/reports'
import { dayEnd, dayStart, parseDay } from '@shared/time'

type Res = ReportActions['report.search']['res']
const PAGE = 20
const FILTERS: OfficeFilter[] = ['all', 'pending', 'active', 'escalations', 'overdue', 'done']

/**
 * The office's queues, from the shared state groups: 吹哨待办 is what came back to the office.
 * `null`: every state. One table for both the query of a queue and the count of its badge.
 */
const QUEUE: Record<OfficeFilter, { states: readonly string[] | null; overdue?: true }> = {
  all: { states: null },
  pending: { states: AWAITING_ACCEPT },
  active: { states: [...IN_HAND, 'assigned'] },
  escalations: { states: WITH_OFFICE.filter((s) => s !== 'assigned') },
  overdue: { states: OPEN_STATES, overdue: true },
  done: { states: [...FIXED_STATES, ...CLOSED_STATES] },
}

function where(_: Command, f: OfficeFilter): object {
  const q = QUEUE[f]
  return { ...(q.overdue ? { overdue: true } : {}), ...(q.states ? { state: _.in(q.states) } : {}) }
}

const inQueue = (f: OfficeFilter) => (state: string, overdue: boolean) =>
  (!QUEUE[f].overdue || overdue) && (QUEUE[f].states?.includes(state) ?? true)

interface Req {
  filter: OfficeFilter
  categoryKey?: string
  gridId?: string
  handlerId?: string
  from?: string
  to?: string
  query?: ReportQuery
  page: number
}

/**
 * The search box's condition, each served by its index (emulator/indexes.json): `no_1`,
 * `reporter.phone_1` (exact: a phone is personal data, found only whole), `terms_1` (every
 * bigram of the words; the planner looks up the rarest, the matcher checks the rest).
 */
function matchQuery(_: Command, q: ReportQuery): object {
  if (q.kind === 'no') return { no: q.no }
  if (q.kind === 'phone') return { 'reporter.phone': q.phone }
  return { terms: _.all(q.terms) }
}

function validate(p: unknown): Req {
  const v = (p ?? {}) as Record<string, unknown>
  const filter = oneOf(v.filter, FILTERS, 'all', '没有这个筛选条件')
  if (v.categoryKey !== undefined && !isCategoryKey(v.categoryKey))
    throw new AppError('INVALID_INPUT', '没有这个问题类型')
  for (const k of ['gridId', 'handlerId'])
    if (v[k] !== undefined && !isId(v[k]))
      throw new AppError('INVALID_INPUT', '网格或物业公司不正确')
  for (const k of ['from', 'to'])
    if (v[k] !== undefined && parseDay(v[k]) === null)
      throw new AppError(
        'INVALID_INPUT',
        '日期应为 YYYY-MM-DD 格式的真实日期（如 2026-02-28；没有 2 月 31 日）',
        { [k]: '请选择一个真实的日期' },
      )
  if (v.from && v.to && (v.from as string) > (v.to as string))
    throw new AppError('INVALID_INPUT', '开始日期不能晚于结束日期')
  const query = v.q === undefined || v.q === '' ? undefined : parseReportQuery(v.q)
  const page = checkPage(v.page)
  const opt = (k: string) => (v[k] === undefined ? undefined : (v[k] as string))
  return {
    filter,
    categoryKey: opt('categoryKey'),
    gridId: opt('gridId'),
    handlerId: opt('handlerId'),
    from: opt('from'),
    to: opt('to'),
    query,
    page,
  }
}

/**
 * `report.search`: the street office's view of every report, by queue, newest first, with
 * counts; narrowed by category, grid, handler (a grid or a property company) and the day it
 * came in (Beijing dates, both ends included), and by the search box (`q`): a report number, the
 * reporter's mobile number or words of the description — over the street's whole history.
 */
export const search: Action<'report.search', Req> = {
  roles: ['office'],
  validate,
  async handle(ctx, { filter, categoryKey, gridId, handlerId, from, to, query: q, page }) {
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
      ...(q ? matchQuery(_, q) : {}),
    }
    const query = ctx.db
      .collection(COLL.reports)
      .where({ ...where(_, filter), ...extra })
      .orderBy('createdAt', 'desc')
    // Every queue's badge from one grouped count, not one count() per queue.
    const [{ rows, hasMore }, counts] = await Promise.all([
      paged<StoredReport>(query, page, PAGE),
      countByState(ctx.db, extra),
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

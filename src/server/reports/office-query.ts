import { isId, oneOf, page as checkPage } from '../../shared/checks'
import type { OfficeFilter } from '../../shared/contracts/report'
import { AppError } from '../../shared/errors'
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
} from '../../shared/reports'
import { dayEnd, dayStart, parseDay } from '../../shared/time'
import type { ActionContext } from '../context'
import { COLL, type Command, type Query } from '../db'
import { scopedWhere } from '../street-scope'

/**
 * The street office's view of every report — a queue, the filters and the search box — as ONE
 * query, shared by the console's list (report.search) and its export (report.export), so the
 * file holds exactly what the table shows.
 */

export const FILTERS: OfficeFilter[] = [
  'all',
  'pending',
  'active',
  'escalations',
  'overdue',
  'done',
]

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

export const inQueue = (f: OfficeFilter) => (state: string, overdue: boolean) =>
  (!QUEUE[f].overdue || overdue) && (QUEUE[f].states?.includes(state) ?? true)

export interface OfficeQuery {
  filter: OfficeFilter
  categoryKey?: string
  gridId?: string
  handlerId?: string
  from?: string
  to?: string
  query?: ReportQuery
  page: number
  /** The district's drill-down into one street (an office always sees its own street only). */
  streetId?: string
}

export function validateOfficeQuery(p: unknown): OfficeQuery {
  const v = (p ?? {}) as Record<string, unknown>
  const filter = oneOf(v.filter, FILTERS, 'all', '没有这个筛选条件')
  if (v.categoryKey !== undefined && !isCategoryKey(v.categoryKey))
    throw new AppError('INVALID_INPUT', '没有这个问题类型')
  for (const k of ['gridId', 'handlerId', 'streetId'])
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
    ...(v.streetId !== undefined ? { streetId: v.streetId as string } : {}),
  }
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

/** What narrows every queue alike (the badges count within it), and the queue's own part. */
export function officeMatch(_: Command, q: OfficeQuery): { narrow: object; queue: object } {
  // Beijing days, both ends included.
  const { from, to } = q
  const created =
    from && to
      ? _.gte(dayStart(from)).and(_.lte(dayEnd(to)))
      : from
        ? _.gte(dayStart(from))
        : to
          ? _.lte(dayEnd(to))
          : undefined
  const queue = QUEUE[q.filter]
  return {
    narrow: {
      ...(q.categoryKey ? { categoryKey: q.categoryKey } : {}),
      ...(q.gridId ? { 'place.gridId': q.gridId } : {}),
      ...(q.handlerId ? { 'handler.id': q.handlerId } : {}),
      ...(created ? { createdAt: created } : {}),
      ...(q.query ? matchQuery(_, q.query) : {}),
    },
    queue: {
      ...(queue.overdue ? { overdue: true } : {}),
      ...(queue.states ? { state: _.in(queue.states) } : {}),
    },
  }
}

/**
 * The office's list as one database query, newest first: the console's page and the export read
 * exactly the same rows. `narrow` is returned too, for the queue badges counted within it. Both
 * are narrowed to the caller's street (the district: every street, or the one it drilled into).
 */
export async function officeReports(
  ctx: ActionContext,
  q: OfficeQuery,
): Promise<{ narrow: object; query: Query }> {
  const { db } = ctx
  const matched = officeMatch(db.command, q)
  const narrow = await scopedWhere(ctx, matched.narrow, q.streetId)
  const queue = matched.queue
  const query = db
    .collection(COLL.reports)
    .where({ ...queue, ...narrow })
    .orderBy('createdAt', 'desc')
  return { narrow, query }
}

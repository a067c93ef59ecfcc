import type { ActionContext } from '@server/context'
import { COLL, paged } from '@server/db'
import { stateCounts, tally } from '@server/reports/counts'
import type { StoredReport } from '@server/reports/model'
import { toSummary } from '@server/reports/view'
import type { Action } from '@server/router'
import { oneOf, page } from '@shared/checks'
import type { InboxSort, InboxTabKey as InboxTab, ReportActions } from '@shared/contracts/report'
import { AppError } from '@shared/errors'
import { heldGrids, INBOX_TABS } from '@shared/reports'

/** The state tabs plus 已超时: open tasks whose time limit ran out. */
const TABS: InboxTab[] = ['pending', 'active', 'overdue', 'done']

type Res = ReportActions['report.inbox']['res']
const PAGE = 20

/** 'deadline': least time left first (a breach first of all); 'newest': latest filed first. */
const SORTS: InboxSort[] = ['deadline', 'newest']

interface Req {
  tab: InboxTab
  sort: InboxSort
  page: number
}

function validateInbox(p: unknown): Req {
  const v = (p ?? {}) as { tab?: unknown; sort?: unknown; page?: unknown }
  return {
    tab: oneOf(v.tab, TABS, 'pending', '没有这个分类'),
    sort: oneOf(v.sort, SORTS, 'deadline', '排序方式只能是按剩余时间或按最新'),
    page: page(v.page),
  }
}

/**
 * The deadline field the tab's clock runs on: to accept while waiting, to resolve once accepted
 * (in 已超时 too: its breaches of the accept limit sort by the later resolve limit, but every one
 * of them is past due). A finished task has no clock: newest first. Each order is served by an
 * index of emulator/indexes.json (handler.id, state, then the field).
 */
function byTimeLeft(tab: InboxTab): string | null {
  if (tab === 'pending') return 'deadlines.acceptBy'
  if (tab === 'done') return null
  return 'deadlines.resolveBy'
}

/**
 * Which handlers the caller works for now: their grid (and one they stand in for today), or
 * their property company. The same rule that decides who may act (heldGrids).
 */
export function handlerIds(ctx: ActionContext): string[] {
  const ids =
    ctx.role === 'grid_worker' ? heldGrids(ctx) : ctx.user?.companyId ? [ctx.user.companyId] : []
  if (!ids.length) throw new AppError('FORBIDDEN', '您还没有分配网格或物业公司，请联系街道')
  return ids
}

/** The `handler.id` condition of the caller's tasks (one id, or the ids they hold now). */
export function handlerMatch(ctx: ActionContext): unknown {
  const ids = handlerIds(ctx)
  return ids.length === 1 ? ids[0] : ctx.db.command.in(ids)
}

/**
 * `report.inbox`: the tasks of the caller's grid or company by tab, least time left first (or
 * newest first), with the count of every tab for the badges.
 */
export const inbox: Action<'report.inbox', Req> = {
  roles: ['grid_worker', 'property_staff'],
  validate: validateInbox,
  async handle(ctx, { tab, sort, page }) {
    const _ = ctx.db.command
    const mine = handlerMatch(ctx)
    const where = (t: InboxTab) =>
      t === 'overdue'
        ? {
            'handler.id': mine,
            overdue: true,
            state: _.in([...INBOX_TABS.pending, ...INBOX_TABS.active]),
          }
        : { 'handler.id': mine, state: _.in([...INBOX_TABS[t]]) }
    const clock = sort === 'deadline' ? byTimeLeft(tab) : null
    const filtered = ctx.db.collection(COLL.reports).where(where(tab))
    const query = clock ? filtered.orderBy(clock, 'asc') : filtered.orderBy('createdAt', 'desc')
    // Every tab's badge from the counters of the caller's grids or company (one document each).
    const [{ rows, hasMore }, counts] = await Promise.all([
      paged<StoredReport>(query, page, PAGE),
      stateCounts(ctx.db, { handlerIds: handlerIds(ctx) }),
    ])
    const open: readonly string[] = [...INBOX_TABS.pending, ...INBOX_TABS.active]
    const inTab = (t: InboxTab) => (state: string, overdue: boolean) =>
      t === 'overdue' ? overdue && open.includes(state) : INBOX_TABS[t].includes(state as never)
    return {
      items: rows.map((r) => toSummary(r, ctx)),
      hasMore,
      counts: Object.fromEntries(TABS.map((t) => [t, tally(counts, inTab(t))])) as Res['counts'],
    }
  },
}

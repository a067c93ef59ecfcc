import type { InboxSort, InboxTabKey, ReportSummary } from '@shared/contracts/report'
import type { CloudClient } from '@/services/cloud/types'
import { PagedList } from '@/stores/PagedList'

/** The inbox's tabs, in order. */
export const TABS: Array<[InboxTabKey, string]> = [
  ['pending', '待受理'],
  ['active', '处理中'],
  ['overdue', '已超时'],
  ['done', '已完成'],
]

/** The inbox's orders: least time left first (the server's default), or latest filed first. */
export const SORTS: Array<[InboxSort, string]> = [
  ['deadline', '剩余时间'],
  ['newest', '最新'],
]

/** A tab named in the page's address (首页's counts open a tab), or 待受理. */
export function tabOf(param: string | undefined): InboxTabKey {
  return TABS.find(([k]) => k === param)?.[0] ?? 'pending'
}

/** 任务收件箱: my tasks by tab in the chosen order (`narrow(sort)`), with each tab's count. */
export const inboxList = (cloud: CloudClient, tab: InboxTabKey = 'pending') =>
  new PagedList<ReportSummary, InboxTabKey, Record<InboxTabKey, number>, InboxSort>(
    tab,
    (tab, page, sort) => cloud.call('report.inbox', { tab, sort, page }),
    'deadline',
  )

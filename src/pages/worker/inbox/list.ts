import type { InboxTabKey, ReportSummary } from '@shared/contracts/report'
import type { CloudClient } from '@/services/cloud/types'
import { PagedList } from '@/stores/PagedList'

/** The inbox's tabs, in order. */
export const TABS: Array<[InboxTabKey, string]> = [
  ['pending', '待受理'],
  ['active', '处理中'],
  ['overdue', '已超时'],
  ['done', '已完成'],
]

/** 任务收件箱: my tasks by tab, with each tab's count. */
export const inboxList = (cloud: CloudClient) =>
  new PagedList<ReportSummary, InboxTabKey>('pending', (tab, page) =>
    cloud.call('report.inbox', { tab, page }),
  )

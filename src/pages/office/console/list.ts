import type { OfficeFilter, ReportSummary } from '@shared/contracts/report'
import type { CloudClient } from '@/services/cloud/types'
import { PagedList } from '@/stores/PagedList'
import type { ConsoleFilters } from './Filters'

export const QUEUES: Array<[OfficeFilter, string]> = [
  ['escalations', '吹哨待办'],
  ['overdue', '已超时'],
  ['pending', '待受理'],
  ['active', '处理中'],
  ['done', '已办结'],
  ['all', '全部'],
]

export type ConsoleList = PagedList<
  ReportSummary,
  OfficeFilter,
  Record<OfficeFilter, number>,
  ConsoleFilters
>

/** The queue named in the page's address (首页's counts open ?filter=overdue); else 吹哨待办. */
export function queueOf(param: string | undefined): OfficeFilter {
  return QUEUES.find(([k]) => k === param)?.[0] ?? 'escalations'
}

/** 街道工作台: every report by queue, narrowed by the filters and the search box (list.narrow). */
export const consoleList = (cloud: CloudClient, queue: OfficeFilter = 'escalations'): ConsoleList =>
  new PagedList<ReportSummary, OfficeFilter, Record<OfficeFilter, number>, ConsoleFilters>(
    queue,
    (filter, page, narrow) => cloud.call('report.search', { filter, page, ...narrow }),
    {},
  )

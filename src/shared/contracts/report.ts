import type { ListPage, QueuePage } from './page'
import type { ReportInput } from '../reports'
import type { WorkCounts } from '../reports/work-counts'

/** A report as lists show it: no personal data of anyone but the viewer. */
export interface ReportSummary {
  id: string
  /** Human-readable number, e.g. BS20261123-4821, for phone calls with the office. */
  no: string
  target: 'grid' | 'property'
  categoryKey: string
  categoryLabel: string
  description: string
  state: string
  /** The resident-facing tag: 待受理, 处理中, 已办结, 已评价, 不予受理 … */
  statusTag: string
  urgency: 'normal' | 'urgent'
  placeLabel: string
  handlerName: string
  /** First photo, to show as a thumbnail. */
  cover: string | null
  followers: number
  createdAt: string
  /** The viewer filed it (false: they follow it with 也遇到了). */
  mine: boolean
  /** The running time limit (to accept, or to resolve), for countdowns; null when none runs. */
  deadline: string | null
  overdue: boolean
  /** For a step taken from a list (the desk's bulk 派单/催办): stale means someone acted first. */
  version: number
  /** The resident's rating (1–5), for the street office only. */
  stars?: number
}

export interface ReportEventView {
  at: string
  action: string
  /** What happened (src/shared/reports/timeline.ts: the timer's own wording where it has one). */
  label: string
  /** 居民 / 网格员 张海燕 / 街道: who did it, as the viewer may see it. */
  by: string
  /** The timer did it. */
  system?: boolean
  note?: string
  /** Why (吹哨上报, 转派, 退回, 重新办理, 不予受理): shown to everyone entitled to the report. */
  reason?: string
  /** 确认并评价: the stars given. */
  rating?: number
  photos?: string[]
  /** 代报: whom staff filed it for, as the viewer may see the name ('居民' when not). */
  forWhom?: string
}

/** A report in full, for its reporter, its followers, its handler and the street office. */
export interface ReportDetail extends ReportSummary {
  description: string
  photos: string[]
  /** 按住说话: the reporter's voice clip, for the reporter, the handler and the office only. */
  voice?: { fileID: string; seconds: number }
  handler: { kind: 'grid' | 'property'; name: string; contactName: string; contactPhone: string }
  deadlines: { acceptBy: string; resolveBy: string }
  events: ReportEventView[]
  /** The reporter, shown only to the handler and the street office (they need to call back). */
  reporter?: { name: string; phone: string }
  /** Sent back with a transition: a stale version means someone else acted first. */
  version: number
  /** What the viewer may do now (the shared transition table): the buttons to show. */
  actions: string[]
  rating?: { score: number; comment: string }
  department?: { name: string; deadline: string }
  /** 代报: who filed it for the reporter (网格员 张海燕). */
  proxyBy?: string
  /** The reporter asked not to be called back: the handler sees it instead of a 回电 button. */
  noCallback?: boolean
  /** The last 回访, for its handler, the office and the reporter. */
  callback?: { outcome: string; label: string; note: string; at: string; by: string }
}

/** One step of the closed loop; the fields an action needs are checked by validateActionInput. */
export interface TransitionRequest {
  id: string
  version: number
  action: string
  note?: string
  reason?: string
  photos?: string[]
  rating?: number
  comment?: string
  to?: { kind: 'grid' | 'property'; id: string }
  duplicateOf?: string
  department?: string
  /** callback (回访): satisfied / basic / unsatisfied / unreached. */
  outcome?: string
  /** assignDepartment: epoch ms, in the future, within 30 days. */
  deadline?: number
  /** reclassify (更改类别): the new category. */
  categoryKey?: string
}

export interface ReportActions {
  /** Files a report; the same requestId again returns the first report (`duplicate: true`). */
  'report.create': { req: ReportInput; res: { report: ReportSummary; duplicate: boolean } }
  /** Open reports of the category at the same building or within 50 m, to join instead. */
  'report.nearby': {
    req: Pick<ReportInput, 'categoryKey' | 'location' | 'target'>
    res: { items: ReportSummary[] }
  }
  'report.listMine': {
    req: { page?: number; pageSize?: number }
    res: ListPage<ReportSummary>
  }
  'report.get': { req: { id: string }; res: ReportDetail }
  /** 也遇到了: the caller follows the report and gets its updates. */
  'report.follow': { req: { id: string }; res: { followers: number } }
  'report.transition': { req: TransitionRequest; res: ReportDetail }
  /** The street office's queues: every report, filtered, with the count of each queue. */
  'report.search': {
    req: {
      filter?: OfficeFilter
      categoryKey?: string
      gridId?: string
      /** A grid or a property company (the report's handler). */
      handlerId?: string
      /** Came in on or after / on or before this Beijing date, YYYY-MM-DD. */
      from?: string
      to?: string
      /**
       * The search box: a report number (BS…), the reporter's mobile number (exact) or words of
       * the description (all of them, any order; at least two characters together).
       */
      q?: string
      page?: number
    }
    res: {
      items: ReportSummary[]
      hasMore: boolean
      counts: Record<OfficeFilter, number>
      /**
       * Set when more reports matched than the badges count: the counts are of the newest this
       * many matches only, so each is a lower bound (the badge shows 12+).
       */
      countsCapped?: number
    }
  }
  /**
   * The console's list (the same queue, filters and search as report.search, newest first) as
   * .xlsx: at most 5000 rows (`truncated` when more matched), a short-lived download URL.
   */
  'report.export': {
    req: Omit<ReportActions['report.search']['req'], 'page'>
    res: { fileID: string; url: string; rows: number; truncated: boolean }
  }
  /**
   * The handler's tasks (grid worker: their grid's; property staff: their company's), least
   * time left first (breaches first) or, with `sort: 'newest'`, latest filed first.
   */
  'report.inbox': {
    req: { tab?: InboxTabKey; sort?: InboxSort; page?: number }
    res: QueuePage<ReportSummary, InboxTabKey>
  }
  /**
   * A staff member's work at a glance (首页): the counts their role uses (WORK_COUNTS), over their
   * own grid's or company's reports, or the street's for the office.
   */
  'report.workCounts': { req: Record<string, never>; res: { counts: WorkCounts } }
}

/** The office console's queues: 吹哨待办 = escalated or returned to the office. */
export type OfficeFilter = 'all' | 'pending' | 'active' | 'escalations' | 'overdue' | 'done'

/** The inbox's order: least time left first (the default), or newest first. */
export type InboxSort = 'deadline' | 'newest'

/** The handler's inbox tabs: 待受理, 处理中, 已超时, 已完成. */
export type InboxTabKey = 'pending' | 'active' | 'overdue' | 'done'

import type { Figures, Period, Standing, TrendUnit } from '../figures'

/** What the figures are for: the whole street, or one community, grid, property company, category. */
export type ScopeKind = 'street' | 'community' | 'grid' | 'company' | 'category'
export interface Scope {
  kind: ScopeKind
  /** The community's, grid's or company's id, or the category key; absent for the street. */
  id?: string
  /**
   * The street (issue 20): an office's is always its own (set by the server); the district names
   * one to drill into it, or none for every street together.
   */
  streetId?: string
}

/** One street's figures in the district's side-by-side view, with its rank. */
export interface StreetFigures {
  streetId: string
  name: string
  /** 1 = best: by 按时办结率, then 满意率, then 响应率 (a street with no data last). */
  rank: number
  figures: Figures
}

/** One row of a breakdown (by category, by grid) or of the trend. */
export interface FigureRow {
  key: string
  label: string
  received: number
  responseRate: number | null
  due: number
  onTimeRate: number | null
  satisfaction: number | null
  reopenedShare: number | null
  avgResolveMin: number | null
}

/** An open report past its time limit, for the overdue list. */
export interface OverdueRow {
  id: string
  no: string
  category: string
  area: string
  handlerName: string
  state: string
  /** The deadline that ran out (ISO). */
  deadline: string
}

export interface Dashboard {
  period: Period
  scope: Scope
  figures: Figures
  trend: { unit: TrendUnit; rows: FigureRow[] }
  byCategory: FigureRow[]
  byGrid: FigureRow[]
  overdue: OverdueRow[]
  generatedAt: string
}

/** A report that pulled a company's quarter down, and why. */
export interface PulledDown {
  id: string
  no: string
  category: string
  area: string
  /** 不满意 · 重新办理 · 超时办结 */
  reasons: string[]
  createdAt: string
}

export interface Ranking {
  quarter: string
  period: Period
  /** Every company for the office; only the caller's own for property staff. */
  standings: Standing[]
  /** Property staff: the reports of the quarter that pulled their company down. */
  pulledDown?: PulledDown[]
}

export interface StatsActions {
  /** The figures of a period and scope: numbers, trend, breakdowns, overdue list (street office). */
  'stats.dashboard': {
    req: { period: Period; scope?: Scope; unit?: TrendUnit }
    res: Dashboard
  }
  /** 红黑榜 of a quarter (`2026Q4`): office sees all; property staff their own standing. */
  'stats.ranking': { req: { quarter: string }; res: Ranking }
  /** The district: every street's figures of a period side by side, ranked. */
  'stats.streets': { req: { period: Period }; res: { period: Period; streets: StreetFigures[] } }
  /** Every dashboard table and the 红黑榜 as .xlsx, with a one-sheet period summary (office). */
  'stats.export': {
    req: { period: Period; scope?: Scope; unit?: TrendUnit }
    res: { fileID: string; url: string }
  }
}

import type { Dashboard, FigureRow } from '@shared/contracts/stats'
import type { TrendUnit } from '@shared/figures'
import { pct } from './format'

/**
 * The dashboard's charts as plain data (no F2, no Taro): what each chart draws and the same
 * numbers in words for a screen reader. Chart/ draws a spec; this decides what is in it.
 */

/** bars: columns over time; lines: one line per series over time; hbars: a ranked breakdown. */
export type ChartKind = 'bars' | 'lines' | 'hbars'

export interface ChartPoint {
  x: string
  /** A count, or a share in percent (0–100) for `percent` charts. */
  y: number
  series: string
}

export interface ChartSpec {
  key: string
  title: string
  kind: ChartKind
  percent: boolean
  points: ChartPoint[]
  /** Said instead of the chart when there is nothing to draw; null when there is. */
  empty: string | null
  /** The text alternative: one sentence per bar / date, the same numbers the chart draws. */
  alt: string[]
}

export const NO_REPORTS = '本期没有报事'
const NO_RATES = '本期没有到期或已评价的报事，比率无从计算'

const UNIT_WORD: Record<TrendUnit, string> = { day: '按日', week: '按周', month: '按月' }

/** A bucket's label on the axis: 11-03 for a day, 11-03起 for a week (its Monday), 2026-11. */
export function bucketLabel(key: string, unit: TrendUnit): string {
  if (unit === 'month') return key
  return unit === 'week' ? `${key.slice(5)}起` : key.slice(5)
}

/** The trend rows with their axis labels; long periods by day are what the tables are for. */
function buckets(d: Dashboard): Array<FigureRow & { x: string }> {
  return d.trend.rows.map((r) => ({ ...r, x: bucketLabel(r.key, d.trend.unit) }))
}

/** 收到报事 per day / week / month, as columns. */
export function receivedChart(d: Dashboard): ChartSpec {
  const rows = buckets(d)
  const total = rows.reduce((n, r) => n + r.received, 0)
  return {
    key: 'received',
    title: `收到报事（${UNIT_WORD[d.trend.unit]}）`,
    kind: 'bars',
    percent: false,
    points: rows.map((r) => ({ x: r.x, y: r.received, series: '收到' })),
    empty: total ? null : NO_REPORTS,
    alt: rows.map((r) => `${r.key}：收到 ${r.received} 条`),
  }
}

const RATES: Array<['onTimeRate' | 'satisfaction', string]> = [
  ['onTimeRate', '按时办结率'],
  ['satisfaction', '满意率'],
]

/** 按时办结率 and 满意率 per bucket, as two lines; a bucket with nothing to count has no point. */
export function ratesChart(d: Dashboard): ChartSpec {
  const rows = buckets(d)
  const points = rows.flatMap((r) =>
    RATES.flatMap(([k, series]) => {
      const v = r[k]
      return v === null ? [] : [{ x: r.x, y: Math.round(v * 1000) / 10, series }]
    }),
  )
  const received = rows.some((r) => r.received > 0)
  return {
    key: 'rates',
    title: `按时办结率与满意率（${UNIT_WORD[d.trend.unit]}）`,
    kind: 'lines',
    percent: true,
    points,
    empty: points.length ? null : received ? NO_RATES : NO_REPORTS,
    alt: rows.map((r) => `${r.key}：${RATES.map(([k, s]) => `${s} ${pct(r[k])}`).join('，')}`),
  }
}

/** 收到报事 by category, most first. */
export function categoryChart(d: Dashboard): ChartSpec {
  const rows = [...d.byCategory]
    .filter((r) => r.received > 0)
    .sort((a, b) => b.received - a.received)
  return {
    key: 'category',
    title: '按问题类型',
    kind: 'hbars',
    percent: false,
    points: rows.map((r) => ({ x: r.label, y: r.received, series: '收到' })),
    empty: rows.length ? null : NO_REPORTS,
    alt: rows.map((r) => `${r.label}：收到 ${r.received} 条，按时办结率 ${pct(r.onTimeRate)}`),
  }
}

export const dashboardCharts = (d: Dashboard): ChartSpec[] => [
  receivedChart(d),
  ratesChart(d),
  categoryChart(d),
]

import type { ReportSummary } from '@shared/contracts/report'
import { remainingText } from '@shared/reports'

/**
 * The desk's table logic, pure (no Taro, no mobx): column order and the keyboard. DeskStore
 * keeps the state; these decide what a click on a header or a key press does to it.
 */

/** The sortable columns of the desk's table. */
export type SortKey =
  | 'no'
  | 'createdAt'
  | 'category'
  | 'place'
  | 'handler'
  | 'state'
  | 'deadline'
  | 'stars'

export interface SortState {
  key: SortKey
  dir: 'asc' | 'desc'
}

/** The server's own order: newest first. */
export const DEFAULT_SORT: SortState = { key: 'createdAt', dir: 'desc' }

/** The order a column starts in: the latest, the most urgent, the best-rated first. */
const FIRST_DIR: Record<SortKey, SortState['dir']> = {
  no: 'asc',
  createdAt: 'desc',
  category: 'asc',
  place: 'asc',
  handler: 'asc',
  state: 'asc',
  deadline: 'asc',
  stars: 'desc',
}

/** A click on a header: the same column turns round, another starts in its natural order. */
export function toggleSort(s: SortState, key: SortKey): SortState {
  return s.key === key
    ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
    : { key, dir: FIRST_DIR[key] }
}

type Value = string | number | null

function valueOf(r: ReportSummary, key: SortKey): Value {
  switch (key) {
    case 'no':
      return r.no
    case 'createdAt':
      return Date.parse(r.createdAt)
    case 'category':
      return r.categoryLabel
    case 'place':
      return r.placeLabel
    case 'handler':
      return r.handlerName
    case 'state':
      return r.statusTag
    case 'deadline':
      return r.deadline ? Date.parse(r.deadline) : null
    case 'stars':
      return r.stars ?? null
  }
}

const collator = new Intl.Collator('zh-CN')

/**
 * The rows in the column's order. Rows without a value (no running deadline, not rated) go last
 * whichever way; ties keep the server's order (newest first), so the sort is stable.
 */
export function sortRows(rows: readonly ReportSummary[], s: SortState): ReportSummary[] {
  const sign = s.dir === 'asc' ? 1 : -1
  return rows
    .map((r, i) => ({ r, i, v: valueOf(r, s.key) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1
      const c =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : collator.compare(String(a.v), String(b.v))
      return c === 0 ? a.i - b.i : sign * c
    })
    .map((x) => x.r)
}

/** Where the keyboard stands: the cursor row (-1: none) and whether its detail is open. */
export interface Cursor {
  row: number
  open: boolean
}

/** The keys the desk answers; anything else is left to the browser. */
export const DESK_KEYS = ['ArrowDown', 'ArrowUp', 'j', 'k', 'Enter', 'Escape'] as const
export type DeskKey = (typeof DESK_KEYS)[number]

export const isDeskKey = (k: string): k is DeskKey => (DESK_KEYS as readonly string[]).includes(k)

/**
 * ↓/j and ↑/k move the cursor (stopping at the ends; the first press lands on the first row),
 * Enter opens the cursor row's detail beside the table, Esc closes it. An open detail follows
 * the cursor, so a reviewer walks the list with j/k and reads each report.
 */
export function moveCursor(c: Cursor, key: DeskKey, rows: number): Cursor {
  if (!rows) return { row: -1, open: false }
  const row = Math.min(c.row, rows - 1)
  switch (key) {
    case 'ArrowDown':
    case 'j':
      return { ...c, row: row < 0 ? 0 : Math.min(row + 1, rows - 1) }
    case 'ArrowUp':
    case 'k':
      return { ...c, row: row < 0 ? 0 : Math.max(row - 1, 0) }
    case 'Enter':
      return { row: row < 0 ? 0 : row, open: true }
    case 'Escape':
      return { row, open: false }
  }
}

/** 还剩 / 已超时 of a running deadline, from the server's deadline and overdue mark. */
export function deadlineText(r: Pick<ReportSummary, 'deadline' | 'overdue'>, now: number): string {
  if (!r.deadline) return r.overdue ? '已超时' : '—'
  return remainingText(Date.parse(r.deadline), now)
}

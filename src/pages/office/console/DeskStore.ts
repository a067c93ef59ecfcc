import { makeAutoObservable, reaction, runInAction } from 'mobx'
import type { HandlerOption } from '@shared/contracts/grid'
import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import type { AppError } from '@shared/errors'
import type { CloudClient } from '@/services/cloud/types'
import type { Cached } from '@/stores/Cached'
import { reportDetail } from '@/stores/details'
import {
  DEFAULT_SORT,
  moveCursor,
  sortRows,
  toggleSort,
  type Cursor,
  type DeskKey,
  type SortKey,
} from './desk'
import type { ConsoleList } from './list'

/** The steps the desk takes for many reports at once, after a confirmation. */
export type BulkAction = 'dispatch' | 'urge'

export interface BulkOutcome {
  done: number
  failed: Array<{ no: string; message: string }>
}

/**
 * The office console at a desk: the table's order, the keyboard cursor and the detail beside
 * it, the ticked rows and their bulk 派单/催办, the search box and the export. The list itself
 * (queue, filters, pages) is the same PagedList the phone layout shows.
 */
export class DeskStore {
  sort = DEFAULT_SORT
  cursor: Cursor = { row: -1, open: false }
  /** Ticked rows, by report id. */
  checked = new Set<string>()
  /** The open detail and which report it is. */
  detail: Cached<ReportDetail> | null = null
  bulk: BulkAction | null = null
  bulkTo: HandlerOption | null = null
  bulkNote = ''
  bulkBusy = false
  bulkOutcome: BulkOutcome | null = null

  constructor(
    readonly list: ConsoleList,
    private readonly cloud: CloudClient,
  ) {
    makeAutoObservable<DeskStore, 'cloud'>(this, { list: false, cloud: false })
    // A reload (a live event, an action, a new page) or a new order moves rows about: the
    // cursor stays on its report, so the highlighted row and the open detail never disagree.
    reaction(
      () => this.rows,
      (rows) => {
        const row = rows.findIndex((r) => r.id === this.cursorId)
        if (row >= 0 && row !== this.cursor.row)
          runInAction(() => (this.cursor = { ...this.cursor, row }))
      },
    )
  }

  /** The report the cursor is on (its row moves when the list reloads or is sorted). */
  private cursorId = ''

  get rows(): ReportSummary[] {
    return sortRows(this.list.items, this.sort)
  }

  /** The report under the cursor, or null. */
  get current(): ReportSummary | null {
    return this.rows[this.cursor.row] ?? null
  }

  get checkedRows(): ReportSummary[] {
    return this.list.items.filter((r) => this.checked.has(r.id))
  }

  sortBy(key: SortKey): void {
    this.sort = toggleSort(this.sort, key)
  }

  /** A key the desk answers (desk.ts decides what it does). */
  key(k: DeskKey): void {
    if (k === 'Escape' && this.bulk) return this.cancelBulk()
    this.cursor = moveCursor(this.cursor, k, this.rows.length)
    this.follow()
  }

  /** A click on a row: the cursor goes there and its detail opens. */
  select(row: number): void {
    this.cursor = { row, open: true }
    this.follow()
  }

  close(): void {
    this.cursor = { ...this.cursor, open: false }
  }

  /** The open detail shows the cursor's report (loaded when the cursor reaches it). */
  private follow(): void {
    const r = this.current
    this.cursorId = r?.id ?? ''
    if (!this.cursor.open || !r) return
    if (this.detail && this.detailId === r.id) return
    this.detailId = r.id
    this.detail = reportDetail(this.cloud, r.id)
    void this.detail.load().catch(() => undefined) // shown by the pane with 重试
  }

  private detailId = ''

  /** After the pane's own action: the detail as it is now, and the row in the list. */
  acted(next: ReportDetail): void {
    this.detail?.set(next)
    void this.list.refresh()
  }

  toggle(id: string): void {
    const next = new Set(this.checked)
    if (!next.delete(id)) next.add(id)
    this.checked = next
  }

  /** Ticks every shown row, or clears them all when every one is ticked. */
  toggleAll(): void {
    const all = this.list.items.every((r) => this.checked.has(r.id))
    this.checked = all ? new Set() : new Set(this.list.items.map((r) => r.id))
  }

  /** The search box: a report number, a mobile number or words (report.search `q`). */
  search(q: string): Promise<void> {
    const text = q.trim()
    this.cursor = { row: -1, open: false }
    this.cursorId = ''
    return this.list.narrow({ ...this.list.params, q: text || undefined })
  }

  startBulk(action: BulkAction): void {
    this.bulk = action
    this.bulkOutcome = null
    this.bulkTo = null
    this.bulkNote = ''
  }

  cancelBulk(): void {
    this.bulk = null
  }

  setBulkTo(h: HandlerOption | null): void {
    this.bulkTo = h
  }

  setBulkNote(note: string): void {
    this.bulkNote = note
  }

  /**
   * The confirmed bulk step, report by report (each a conditional transition of its own, so one
   * refused — another reviewer acted first, a state the step does not apply to — leaves the
   * others done); the outcome names every refused one with the server's reason.
   */
  async runBulk(): Promise<BulkOutcome | null> {
    const action = this.bulk
    if (!action || this.bulkBusy) return null
    if (action === 'dispatch' && !this.bulkTo) {
      this.bulkOutcome = { done: 0, failed: [{ no: '', message: '请选择派给哪个网格或物业公司' }] }
      return null
    }
    this.bulkBusy = true
    const out: BulkOutcome = { done: 0, failed: [] }
    const to = this.bulkTo ? { kind: this.bulkTo.kind, id: this.bulkTo.id } : undefined
    for (const r of this.checkedRows) {
      try {
        await this.cloud.call('report.transition', {
          id: r.id,
          version: r.version,
          action,
          note: this.bulkNote,
          ...(action === 'dispatch' ? { to } : {}),
        })
        out.done++
      } catch (err) {
        out.failed.push({ no: r.no, message: (err as AppError).message })
      }
    }
    runInAction(() => {
      this.bulkBusy = false
      this.bulkOutcome = out
      this.bulk = null
      this.checked = new Set()
    })
    await this.list.refresh()
    if (this.detail) void this.detail.refresh().catch(() => undefined)
    return out
  }

  /** The filtered, searched list as .xlsx (report.export): its download URL. */
  async exportUrl(): Promise<string> {
    const { filter, params } = this.list
    return (await this.cloud.call('report.export', { filter, ...params })).url
  }
}

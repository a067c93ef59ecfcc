import { makeAutoObservable, runInAction } from 'mobx'
import type { ReportSummary } from '@shared/contracts/report'
import { parseReportQuery } from '@shared/reports'
import type { CloudClient } from '@/services/cloud/types'

/**
 * 合并为重复 by the number people read (BS…), never an internal id: the office types the other
 * report's number, sees both side by side, then merges. The lookup is the office's search
 * (report.search `q`), served by the number's index.
 */
export class DuplicateLookup {
  no = ''
  found: ReportSummary | null = null
  error = ''
  busy = false

  constructor(private readonly cloud: CloudClient) {
    makeAutoObservable<DuplicateLookup, 'cloud'>(this, { cloud: false })
  }

  setNo(no: string): void {
    this.no = no
    this.found = null
    this.error = ''
  }

  /** Finds the report numbered `no`; `selfId` (the report being merged) cannot be its own. */
  async find(selfId: string): Promise<ReportSummary | null> {
    let q
    try {
      q = parseReportQuery(this.no)
    } catch {
      q = null
    }
    if (q?.kind !== 'no') {
      this.error = '请输入与之重复的报事编号（BS 开头，如 BS20261123-4821）'
      return null
    }
    this.busy = true
    try {
      const { items } = await this.cloud.call('report.search', { filter: 'all', q: q.no })
      runInAction(() => {
        const other = items.find((r) => r.id !== selfId) ?? null
        this.found = other
        this.error = other
          ? ''
          : items.length
            ? '这就是当前这条报事，请填写与之重复的另一条'
            : `没有编号为 ${q.no} 的报事`
      })
      return this.found
    } catch (err) {
      runInAction(() => (this.error = (err as Error).message))
      return null
    } finally {
      runInAction(() => (this.busy = false))
    }
  }
}

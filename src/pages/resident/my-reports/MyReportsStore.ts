import { makeAutoObservable, runInAction } from 'mobx'
import type { ReportSummary } from '@shared/contracts/report'
import type { CloudClient } from '@/services/cloud/types'

/** 我的报事: pages of my reports (and the ones I follow), newest first. */
export class MyReportsStore {
  items: ReportSummary[] = []
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  error = ''
  hasMore = false
  private page = 0

  constructor(private readonly cloud: CloudClient) {
    makeAutoObservable<MyReportsStore, 'cloud'>(this, { cloud: false })
  }

  /** First page again (pull to refresh, coming back to the page). */
  async refresh(): Promise<void> {
    this.page = 0
    await this.load(true)
  }

  async more(): Promise<void> {
    if (this.hasMore && this.status !== 'loading') await this.load(false)
  }

  private async load(reset: boolean): Promise<void> {
    this.status = 'loading'
    try {
      const r = await this.cloud.call('report.listMine', { page: this.page + 1, pageSize: 20 })
      runInAction(() => {
        this.items = reset ? r.items : [...this.items, ...r.items]
        this.hasMore = r.hasMore
        this.page += 1
        this.status = 'ready'
      })
    } catch (err) {
      runInAction(() => {
        this.status = 'error'
        this.error = (err as Error).message
      })
    }
  }
}

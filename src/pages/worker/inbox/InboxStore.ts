import { makeAutoObservable, runInAction } from 'mobx'
import type { ReportSummary } from '@shared/contracts/report'
import type { CloudClient } from '@/services/cloud/types'

export type InboxTabKey = 'pending' | 'active' | 'done'

/** The handler's tasks by tab, with every tab's count for the badges. */
export class InboxStore {
  tab: InboxTabKey = 'pending'
  items: ReportSummary[] = []
  counts: Record<InboxTabKey, number> = { pending: 0, active: 0, done: 0 }
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  error = ''
  hasMore = false
  private page = 0

  constructor(private readonly cloud: CloudClient) {
    makeAutoObservable<InboxStore, 'cloud'>(this, { cloud: false })
  }

  async show(tab: InboxTabKey): Promise<void> {
    this.tab = tab
    this.page = 0
    await this.load(true)
  }

  refresh(): Promise<void> {
    return this.show(this.tab)
  }

  async more(): Promise<void> {
    if (this.hasMore && this.status !== 'loading') await this.load(false)
  }

  private async load(reset: boolean): Promise<void> {
    this.status = 'loading'
    const tab = this.tab
    try {
      const r = await this.cloud.call('report.inbox', { tab, page: this.page + 1 })
      runInAction(() => {
        if (tab !== this.tab) return // the user switched tabs meanwhile
        this.items = reset ? r.items : [...this.items, ...r.items]
        this.counts = r.counts
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

import { makeAutoObservable, runInAction } from 'mobx'
import type { ReportSummary } from '@shared/contracts/report'
import type { CloudClient } from '@/services/cloud/types'
import { PagedList } from '@/stores/PagedList'

/** 我的报事: my reports page by page, and the cover photo of each as soon as its URL is known. */
export class MyReportsStore {
  /** Cover fileID → a URL an <Image> can show. */
  covers: Record<string, string> = {}
  readonly list: PagedList<ReportSummary, 'mine'>

  constructor(private readonly cloud: CloudClient) {
    this.list = new PagedList<ReportSummary, 'mine'>('mine', async (_f, page) => {
      const r = await cloud.call('report.listMine', { page, pageSize: 20 })
      void this.loadCovers(r.items)
      return r
    })
    makeAutoObservable<MyReportsStore, 'cloud'>(this, { cloud: false, list: false })
  }

  private async loadCovers(items: ReportSummary[]): Promise<void> {
    const ids = items.flatMap((r) => (r.cover && !this.covers[r.cover] ? [r.cover] : []))
    if (!ids.length) return
    try {
      const urls = await this.cloud.getFileUrls(ids)
      runInAction(() => (this.covers = { ...this.covers, ...urls }))
    } catch {
      // A cover is decoration: without its URL the card shows the text alone.
    }
  }
}

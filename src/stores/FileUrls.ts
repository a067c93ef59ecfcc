import { makeAutoObservable, runInAction } from 'mobx'
import type { CloudClient } from '@/services/cloud/types'

/**
 * URLs to show stored photos and voice clips (fileIDs) on one screen. Asked for once per fileID; a failure is kept
 * as `error` with the fileIDs to ask again (重试). Temporary URLs expire, so this lives with its
 * screen, not the app.
 */
export class FileUrls {
  urls: Record<string, string> = {}
  error = ''
  private missing: string[] = []

  constructor(private readonly cloud: CloudClient) {
    makeAutoObservable<FileUrls, 'cloud' | 'missing'>(this, { cloud: false, missing: false })
  }

  async show(fileIDs: string[]): Promise<void> {
    const ids = fileIDs.filter((f) => !this.urls[f])
    if (!ids.length) return
    try {
      const got = await this.cloud.getFileUrls(ids)
      runInAction(() => {
        this.urls = { ...this.urls, ...got }
        this.error = ''
      })
    } catch (err) {
      runInAction(() => {
        this.missing = ids
        this.error = `照片或语音加载失败：${(err as Error).message}`
      })
    }
  }

  retry(): Promise<void> {
    return this.show(this.missing)
  }
}

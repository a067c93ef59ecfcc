import { makeAutoObservable, runInAction } from 'mobx'
import type { ActionName } from '@shared/contracts'
import type { CloudClient } from '@/services/cloud/types'
import type { KeyValueStorage } from '@/services/storage/types'
import { isNetworkFailure } from './network-error'

/** The file side of a draft: kept on the device until uploaded (see services/keep). */
export interface FileKeeper {
  keepFile(file: Blob | string): Promise<string>
  restoreFile(kept: string): Promise<Blob | string>
  dropFile(kept: string): void
}

export interface OutboxFile {
  kept: string
  cloudPath: string
  fileID?: string
}

/**
 * A submission that could not reach the cloud yet (待发送). It carries its client-made request id,
 * so sending it again can never create a second record on the server.
 */
export interface OutboxItem {
  id: string
  action: ActionName
  /** What the resident sees in the list, e.g. "照明 · 楼道灯坏了". */
  title: string
  payload: Record<string, unknown>
  /** The payload field that receives the uploaded fileIDs, in order. */
  filesField: string
  files: OutboxFile[]
  status: 'pending' | 'sending' | 'failed'
  /** While sending: how much of its photos has gone up, 0–1 (shown as 上传照片 45%). */
  progress?: number
  error?: string
  createdAt: number
}

const KEY = 'xb.outbox'

/** Drafts waiting to be sent: persisted on every change, sent when the network allows. */
export class OutboxStore {
  items: OutboxItem[] = []
  private flushing = false
  /** A flush asked for while one runs (the network came back mid-way): run once more after. */
  private again = false

  constructor(
    private readonly cloud: CloudClient,
    private readonly storage: KeyValueStorage,
    private readonly keeper: FileKeeper,
  ) {
    makeAutoObservable<OutboxStore, 'cloud' | 'storage' | 'keeper' | 'flushing' | 'again'>(this, {
      cloud: false,
      storage: false,
      keeper: false,
      flushing: false,
      again: false,
    })
    // Anything left 'sending' was interrupted (app killed mid-send): it is pending again.
    this.items = (storage.get<OutboxItem[]>(KEY) ?? []).map((i) =>
      i.status === 'sending' ? { ...i, status: 'pending' } : i,
    )
  }

  get pendingCount(): number {
    return this.items.length
  }

  /**
   * Keeps a submission (text and photos) on the device; a photo already kept (`kept`) is taken
   * over as it is, and dropped once sent. Throws only if the device refuses.
   */
  async add(
    item: Omit<OutboxItem, 'status' | 'createdAt' | 'files'> & {
      files: { file?: Blob | string; kept?: string; cloudPath: string; fileID?: string }[]
    },
  ): Promise<void> {
    const files: OutboxFile[] = []
    for (const f of item.files) {
      const kept = f.fileID ? '' : (f.kept ?? (await this.keeper.keepFile(f.file ?? '')))
      files.push({ kept, cloudPath: f.cloudPath, fileID: f.fileID })
    }
    runInAction(() => {
      this.items = [
        ...this.items.filter((i) => i.id !== item.id),
        { ...item, files, status: 'pending', createdAt: Date.now() },
      ]
    })
    this.persist()
  }

  remove(id: string): void {
    const item = this.items.find((i) => i.id === id)
    item?.files.forEach((f) => f.kept && this.keeper.dropFile(f.kept))
    this.items = this.items.filter((i) => i.id !== id)
    this.persist()
  }

  /**
   * Tries every pending item once; network failures leave it pending, refusals mark it failed.
   * Called at launch, on every app show and when the network returns.
   */
  async flush(): Promise<number> {
    if (this.flushing) {
      this.again = true
      return 0
    }
    this.flushing = true
    let sent = 0
    try {
      do {
        this.again = false
        for (const item of this.items.filter((i) => i.status === 'pending')) {
          if (await this.send(item)) sent++
        }
      } while (this.again)
    } finally {
      this.flushing = false
    }
    return sent
  }

  /** Sends one item again on the resident's request (also retries a failed one). */
  async retry(id: string): Promise<boolean> {
    const item = this.items.find((i) => i.id === id)
    return item ? this.send(item) : false
  }

  /**
   * Uploads the photos not yet up (each one's fileID saved as soon as it is known, so a failure
   * midway resumes after the last one up; a photo sent again goes to the same path), then sends
   * the submission once with its request id: a lost answer and a resend still make one record.
   */
  private async send(item: OutboxItem): Promise<boolean> {
    if (item.status === 'sending') return false
    this.setStatus(item.id, 'sending')
    const files = this.items.find((i) => i.id === item.id)?.files ?? []
    try {
      for (const [n, f] of files.entries()) {
        if (f.fileID) continue
        const at = (p: number) => this.setProgress(item.id, (n + p) / files.length)
        const fileID = await this.cloud.uploadFile(
          await this.keeper.restoreFile(f.kept),
          f.cloudPath,
          at,
        )
        runInAction(() => (f.fileID = fileID))
        this.persist()
      }
      const payload = { ...item.payload, [item.filesField]: files.map((f) => f.fileID) }
      await this.cloud.call(item.action, payload as never)
      this.remove(item.id)
      return true
    } catch (err) {
      const offline = isNetworkFailure(err)
      this.setStatus(
        item.id,
        offline ? 'pending' : 'failed',
        offline ? undefined : (err as Error).message,
      )
      return false
    }
  }

  private setStatus(id: string, status: OutboxItem['status'], error?: string) {
    this.items = this.items.map((i) =>
      i.id === id ? { ...i, status, error, progress: status === 'sending' ? 0 : undefined } : i,
    )
    this.persist()
  }

  private setProgress(id: string, progress: number) {
    const item = this.items.find((i) => i.id === id)
    if (item) item.progress = progress
  }

  private persist() {
    try {
      this.storage.set(KEY, this.items)
    } catch (err) {
      console.warn('[outbox] could not persist', err)
    }
  }
}

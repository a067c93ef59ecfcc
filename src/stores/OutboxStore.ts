import { makeAutoObservable, runInAction } from 'mobx'
import type { ActionName } from '@shared/contracts'
import { AppError } from '@shared/errors'
import type { CloudClient } from '@/services/cloud/types'
import type { KeyValueStorage } from '@/services/storage/types'

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
  error?: string
  createdAt: number
}

const KEY = 'xb.outbox'

/** Drafts waiting to be sent: persisted on every change, sent when the network allows. */
export class OutboxStore {
  items: OutboxItem[] = []
  private flushing = false

  constructor(
    private readonly cloud: CloudClient,
    private readonly storage: KeyValueStorage,
    private readonly keeper: FileKeeper,
  ) {
    makeAutoObservable<OutboxStore, 'cloud' | 'storage' | 'keeper' | 'flushing'>(this, {
      cloud: false,
      storage: false,
      keeper: false,
      flushing: false,
    })
    // Anything left 'sending' was interrupted (app killed mid-send): it is pending again.
    this.items = (storage.get<OutboxItem[]>(KEY) ?? []).map((i) =>
      i.status === 'sending' ? { ...i, status: 'pending' } : i,
    )
  }

  get pendingCount(): number {
    return this.items.length
  }

  /** Keeps a submission (text and photos) on the device. Throws only if the device refuses. */
  async add(
    item: Omit<OutboxItem, 'status' | 'createdAt' | 'files'> & {
      files: { file: Blob | string; cloudPath: string; fileID?: string }[]
    },
  ): Promise<void> {
    const files: OutboxFile[] = []
    for (const f of item.files) {
      files.push({
        kept: f.fileID ? '' : await this.keeper.keepFile(f.file),
        cloudPath: f.cloudPath,
        fileID: f.fileID,
      })
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

  /** Tries every pending item once; network failures leave it pending, refusals mark it failed. */
  async flush(): Promise<number> {
    if (this.flushing) return 0
    this.flushing = true
    let sent = 0
    try {
      for (const item of this.items.filter((i) => i.status === 'pending')) {
        if (await this.send(item)) sent++
      }
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

  private async send(item: OutboxItem): Promise<boolean> {
    this.setStatus(item.id, 'sending')
    try {
      for (const f of item.files) {
        if (f.fileID) continue
        const fileID = await this.cloud.uploadFile(
          await this.keeper.restoreFile(f.kept),
          f.cloudPath,
        )
        runInAction(() => (f.fileID = fileID))
        this.persist()
      }
      const payload = { ...item.payload, [item.filesField]: item.files.map((f) => f.fileID) }
      await this.cloud.call(item.action, payload as never)
      this.remove(item.id)
      return true
    } catch (err) {
      const offline =
        !(err instanceof AppError) || err.code === 'NETWORK' || err.code === 'INTERNAL'
      this.setStatus(
        item.id,
        offline ? 'pending' : 'failed',
        offline ? undefined : (err as Error).message,
      )
      return false
    }
  }

  private setStatus(id: string, status: OutboxItem['status'], error?: string) {
    this.items = this.items.map((i) => (i.id === id ? { ...i, status, error } : i))
    this.persist()
  }

  private persist() {
    try {
      this.storage.set(KEY, this.items)
    } catch (err) {
      console.warn('[outbox] could not persist', err)
    }
  }
}

import { makeAutoObservable, runInAction } from 'mobx'
import { PHOTO_MAX_COUNT } from '@shared/photo-policy'
import { newId } from '@shared/ids'
import type { CloudClient } from '@/services/cloud/types'
import type { PhotoService } from '@/services/photos/types'
import { isNetworkFailure } from './network-error'
import type { FileKeeper } from './OutboxStore'

/** `waiting` (待上传): no network when it was added; kept on the device, it goes with the report. */
export type PhotoStatus = 'compressing' | 'uploading' | 'done' | 'failed' | 'waiting'

/** One photo of a form: compressed on the device, then uploaded with its own progress bar. */
export interface PhotoSlot {
  id: string
  cloudPath: string
  status: PhotoStatus
  /** Upload progress 0–1. */
  progress: number
  /** The compressed file, kept so a failed upload can be retried or saved with a draft. */
  file?: Blob | string
  previewUrl: string
  bytes: number
  fileID?: string
  /** The device copy of a `waiting` photo (services/keep), so a draft keeps it across restarts. */
  kept?: string
  error?: string
}

/**
 * The photos of one form (report, resolution, certificate attachments). Each photo uploads as
 * soon as it is compressed, so the final submit only sends fileIDs; a failed photo can be
 * retried or removed without touching the others. Given a keeper, a photo that cannot upload for
 * want of a network is kept on the device and waits (待上传) instead of failing.
 */
export class PhotoUploads {
  slots: PhotoSlot[] = []

  constructor(
    private readonly cloud: CloudClient,
    private readonly photos: PhotoService,
    /** Where photo `id` goes in cloud storage, e.g. uploads/<openid>/<day>/<id>.jpg. */
    private readonly pathFor: (id: string) => string,
    readonly max = PHOTO_MAX_COUNT,
    private readonly keeper?: FileKeeper,
  ) {
    makeAutoObservable<PhotoUploads, 'cloud' | 'photos' | 'pathFor' | 'keeper'>(this, {
      cloud: false,
      photos: false,
      pathFor: false,
      keeper: false,
    })
  }

  get remaining(): number {
    return Math.max(0, this.max - this.slots.length)
  }

  get busy(): boolean {
    return this.slots.some((s) => s.status === 'compressing' || s.status === 'uploading')
  }

  get failedCount(): number {
    return this.slots.filter((s) => s.status === 'failed').length
  }

  get fileIDs(): string[] {
    return this.slots.flatMap((s) => (s.fileID ? [s.fileID] : []))
  }

  get waitingCount(): number {
    return this.slots.filter((s) => s.status === 'waiting').length
  }

  /**
   * Every photo the form will send, uploaded or waiting, as fileID-shaped references: what the
   * shared validator counts (a waiting photo is a photo; its real fileID comes at send time).
   */
  get references(): string[] {
    return this.slots.flatMap((s) =>
      s.fileID ? [s.fileID] : s.status === 'waiting' ? [`cloud://device/${s.cloudPath}`] : [],
    )
  }

  /** Opens the camera/album for the photos still allowed, then adds them. Call it in a tap handler. */
  async pick(): Promise<void> {
    await this.add(await this.photos.pick(this.remaining))
  }

  /** Compresses and uploads the picked files (beyond `max` they are ignored). */
  async add(files: Array<Blob | string>): Promise<void> {
    const picked = files.slice(0, this.remaining).map((file) => {
      const id = newId('p')
      const slot: PhotoSlot = {
        id,
        cloudPath: this.pathFor(id),
        status: 'compressing',
        progress: 0,
        previewUrl: '',
        bytes: 0,
      }
      this.slots.push(slot)
      return { id, file }
    })
    await Promise.all(picked.map(({ id, file }) => this.prepare(id, file)))
  }

  /**
   * Slots restored from a saved draft: uploaded ones keep their fileID; kept ones wait again and
   * get their file (and a picture to show) back from the device.
   */
  restore(slots: PhotoSlot[]): void {
    this.slots = slots.map((s) =>
      s.fileID
        ? { ...s, status: 'done', progress: 1 }
        : s.kept
          ? { ...s, status: 'waiting', progress: 0, file: undefined }
          : { ...s, status: 'failed', error: s.error ?? '未上传' },
    )
    for (const s of this.slots) if (s.kept && !s.fileID) void this.reload(s.id, s.kept)
  }

  remove(id: string): void {
    const kept = this.find(id)?.kept
    if (kept) this.keeper?.dropFile(kept)
    this.slots = this.slots.filter((s) => s.id !== id)
  }

  /** Hands the device copy of `id` to whoever keeps it now (the outbox): no longer ours to drop. */
  release(id: string): void {
    this.patch(id, { kept: undefined })
  }

  async retry(id: string): Promise<void> {
    const slot = this.find(id)
    if ((slot?.status === 'failed' || slot?.status === 'waiting') && slot.file)
      await this.upload(id)
  }

  /** Tries the waiting photos again (the network may be back); true when none waits after. */
  async uploadWaiting(): Promise<boolean> {
    await Promise.all(
      this.slots.filter((s) => s.status === 'waiting' && s.file).map((s) => this.upload(s.id)),
    )
    return this.waitingCount === 0
  }

  /** Retries every failed photo; true when all are uploaded afterwards. */
  async retryFailed(): Promise<boolean> {
    await Promise.all(
      this.slots.filter((s) => s.status === 'failed' && s.file).map((s) => this.upload(s.id)),
    )
    return this.slots.every((s) => s.status === 'done')
  }

  private find(id: string): PhotoSlot | undefined {
    return this.slots.find((s) => s.id === id)
  }

  private patch(id: string, change: Partial<PhotoSlot>): void {
    const slot = this.find(id)
    if (slot) Object.assign(slot, change)
  }

  private async prepare(id: string, file: Blob | string): Promise<void> {
    try {
      const c = await this.photos.compress(file)
      runInAction(() => this.patch(id, { file: c.file, previewUrl: c.previewUrl, bytes: c.bytes }))
    } catch (err) {
      runInAction(() =>
        this.patch(id, { status: 'failed', error: `图片处理失败：${(err as Error).message}` }),
      )
      return
    }
    await this.upload(id)
  }

  private async upload(id: string): Promise<void> {
    const slot = this.find(id)
    if (!slot?.file) return
    this.patch(id, { status: 'uploading', progress: 0, error: undefined })
    try {
      const fileID = await this.cloud.uploadFile(slot.file, slot.cloudPath, (p) =>
        runInAction(() => this.patch(id, { progress: p })),
      )
      const kept = this.find(id)?.kept
      if (kept) this.keeper?.dropFile(kept)
      runInAction(() => this.patch(id, { status: 'done', progress: 1, fileID, kept: undefined }))
    } catch (err) {
      if (this.keeper && isNetworkFailure(err) && (await this.keep(id))) return
      runInAction(() =>
        this.patch(id, { status: 'failed', error: (err as Error).message || '上传失败' }),
      )
    }
  }

  /** No network: a device copy lets the photo wait for it. False when the device refuses. */
  private async keep(id: string): Promise<boolean> {
    const slot = this.find(id)
    if (!slot?.file || !this.keeper) return false
    try {
      const kept = slot.kept ?? (await this.keeper.keepFile(slot.file))
      if (!this.find(id)) this.keeper.dropFile(kept) // removed while it was being kept
      runInAction(() => this.patch(id, { status: 'waiting', progress: 0, kept }))
      return true
    } catch {
      return false
    }
  }

  private async reload(id: string, kept: string): Promise<void> {
    try {
      const file = await this.keeper!.restoreFile(kept)
      // A weapp path shows as it is; an H5 Blob needs an object URL to be drawn.
      const previewUrl = typeof file === 'string' ? file : URL.createObjectURL(file)
      runInAction(() => this.patch(id, { file, previewUrl }))
    } catch (err) {
      runInAction(() =>
        this.patch(id, { status: 'failed', kept: undefined, error: (err as Error).message }),
      )
    }
  }
}

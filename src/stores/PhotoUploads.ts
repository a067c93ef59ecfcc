import { makeAutoObservable, runInAction } from 'mobx'
import { PHOTO_MAX_COUNT } from '@shared/photo-policy'
import { newId } from '@shared/ids'
import type { CloudClient } from '@/services/cloud/types'
import type { PhotoService } from '@/services/photos/types'

export type PhotoStatus = 'compressing' | 'uploading' | 'done' | 'failed'

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
  error?: string
}

/**
 * The photos of one form (report, resolution, certificate attachments). Each photo uploads as
 * soon as it is compressed, so the final submit only sends fileIDs; a failed photo can be
 * retried or removed without touching the others.
 */
export class PhotoUploads {
  slots: PhotoSlot[] = []

  constructor(
    private readonly cloud: CloudClient,
    private readonly photos: PhotoService,
    /** Where photo `id` goes in cloud storage, e.g. uploads/<openid>/<day>/<id>.jpg. */
    private readonly pathFor: (id: string) => string,
    readonly max = PHOTO_MAX_COUNT,
  ) {
    makeAutoObservable<PhotoUploads, 'cloud' | 'photos' | 'pathFor'>(this, {
      cloud: false,
      photos: false,
      pathFor: false,
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

  /** Slots restored from a saved draft: already uploaded ones keep their fileID. */
  restore(slots: PhotoSlot[]): void {
    this.slots = slots.map((s) =>
      s.fileID
        ? { ...s, status: 'done', progress: 1 }
        : { ...s, status: 'failed', error: s.error ?? '未上传' },
    )
  }

  remove(id: string): void {
    this.slots = this.slots.filter((s) => s.id !== id)
  }

  async retry(id: string): Promise<void> {
    const slot = this.find(id)
    if (slot?.status === 'failed' && slot.file) await this.upload(id)
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
      runInAction(() => this.patch(id, { status: 'done', progress: 1, fileID }))
    } catch (err) {
      runInAction(() =>
        this.patch(id, { status: 'failed', error: (err as Error).message || '上传失败' }),
      )
    }
  }
}

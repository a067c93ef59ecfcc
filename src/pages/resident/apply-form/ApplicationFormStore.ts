import { makeAutoObservable, reaction, runInAction } from 'mobx'
import { validateApplication, type AttachmentSpec } from '@shared/certificates'
import type {
  ApplicationDetail,
  ApplicationSummary,
  CatalogueEntry,
} from '@shared/contracts/certificate'
import type { BoundAddress } from '@shared/contracts/user'
import { AppError } from '@shared/errors'
import { newId } from '@shared/ids'
import { TEMPLATES } from '@shared/subscribe'
import { uploadPath } from '@shared/uploads'
import type { CloudClient } from '@/services/cloud/types'
import type { PhotoService } from '@/services/photos/types'
import type { KeyValueStorage } from '@/services/storage/types'
import type { FileKeeper } from '@/stores/OutboxStore'
import { BehalfApplication, behalfDraftKey } from '@/stores/BehalfForms'
import { PhotoUploads } from '@/stores/PhotoUploads'
import { onFile, readApplicationDraft, showPreviews, writeApplicationDraft } from './draft'

export interface ApplicationFormDeps {
  cloud: CloudClient
  storage: KeyValueStorage
  photos: PhotoService
  /** Keeps an attachment photographed offline on the device (待上传) with the draft. */
  keeper?: FileKeeper
  openid: string
  address: BoundAddress | null
  /** Correcting this application (resubmit) instead of a new one. */
  existing?: ApplicationDetail
  /** 代办: staff apply for a resident at an address they pick (OnBehalfStore picks whom). */
  behalf?: boolean
}

/**
 * One application form, built from its catalogue entry. Every change is saved on the device
 * (leaving the page, or a dropped network, loses nothing); attachments upload as they are
 * added; the shared validator runs here exactly as on the server. One requestId per application:
 * a retry after a timeout cannot make a second one.
 */
export class ApplicationFormStore {
  /** 代办: whom the application is for, and their home (null for one's own application). */
  readonly behalf: BehalfApplication | null
  values: Record<string, string> = {}
  promise = false
  signedName = ''
  errors: Record<string, string> = {}
  message = ''
  /** The materials already on file could not be shown (they are still attached). */
  previewError = ''
  sending = false
  result: ApplicationSummary | null = null
  readonly uploads: Record<string, PhotoUploads> = {}
  private requestId = newId('c')

  constructor(
    readonly type: CatalogueEntry,
    private readonly deps: ApplicationFormDeps,
  ) {
    for (const slot of type.attachments) {
      this.uploads[slot.kind] = new PhotoUploads(
        deps.cloud,
        deps.photos,
        (id) => uploadPath(deps.openid, id, new Date()),
        slot.maxFiles,
        deps.keeper,
      )
    }
    const behalf = deps.behalf && !deps.existing
    this.behalf = behalf ? new BehalfApplication((f) => this.behalfChanged(f)) : null
    const e = deps.existing
    if (e) {
      this.values = Object.fromEntries(Object.entries(e.form).map(([k, v]) => [k, String(v)]))
      this.promise = !!e.promise
      this.signedName = e.promise?.signedName ?? ''
      for (const [kind, u] of Object.entries(this.uploads))
        u.restore(e.attachments.filter((a) => a.kind === kind).map((a) => onFile(a.fileID)))
      void this.loadPreviews()
    }
    this.restore()
    makeAutoObservable<ApplicationFormStore, 'deps'>(this, { deps: false })
    this.dispose = reaction(
      () => Object.values(this.uploads).map((u) => u.slots.map((s) => s.fileID ?? s.kept ?? '')),
      () => this.save(),
    )
  }

  readonly dispose: () => void

  get isResubmit(): boolean {
    return !!this.deps.existing
  }

  /** 代办's draft is the resident's (BehalfForms.ts); '' before one is chosen. */
  get draftKey(): string {
    if (this.behalf) return behalfDraftKey('xb.certDraft', this.type.key, this.behalf.onBehalf)
    return `xb.certDraft.${this.deps.existing?.id ?? this.type.key}`
  }

  /** A resident chosen for 代办 brings back their own unsent draft, if any. */
  private behalfChanged(field: 'onBehalf' | 'address'): void {
    delete this.errors[field]
    if (field === 'onBehalf') this.restore()
    this.save()
  }

  /** The address the application is for: the picked home (代办) or the caller's bound one. */
  private get address() {
    return this.behalf ? this.behalf.home : this.deps.address
  }

  /** Attachment slots the signed promise makes optional are marked as such. */
  slotOptional(slot: AttachmentSpec): boolean {
    return !slot.required || (slot.promiseReplaceable && this.promise && !!this.type.promise)
  }

  set(key: string, value: string): void {
    this.values[key] = value
    delete this.errors[key]
    this.save()
  }

  setPromise(on: boolean, signedName = this.signedName): void {
    this.promise = on
    this.signedName = signedName
    delete this.errors.promise
    this.save()
  }

  /** What is sent; `withWaiting` also lists photos still on the device (for the validator). */
  input(withWaiting = false): Record<string, unknown> {
    const a = this.address
    return {
      ...this.values,
      // Resubmitting with the ID left empty keeps the one on file (it is only shown masked).
      idNumber: this.values.idNumber || (this.deps.existing ? undefined : ''),
      address: a && {
        communityId: a.communityId,
        buildingId: a.buildingId,
        unit: a.unit,
        room: a.room,
      },
      attachments: Object.entries(this.uploads).flatMap(([kind, u]) =>
        (withWaiting ? u.references : u.fileIDs).map((fileID) => ({ kind, fileID })),
      ),
      promise: this.promise ? { accepted: true, signedName: this.signedName } : undefined,
      requestId: this.requestId,
    }
  }

  /** The same rules as the server; fills `errors` per field. */
  validate(): boolean {
    const input = this.input(true)
    try {
      // Left empty on a resubmit, the ID on file is kept: check the rest with a known-valid
      // stand-in (the server checks the stored one).
      const idOnFile = this.deps.existing && !this.values.idNumber
      validateApplication(
        this.type.key,
        idOnFile ? { ...input, idNumber: '11010519491231002X' } : input,
        new Date(),
      )
      this.errors = {}
    } catch (err) {
      this.errors = err instanceof AppError ? { ...(err.fields ?? {}) } : { form: String(err) }
    }
    if (this.behalf) Object.assign(this.errors, this.behalf.errors(this.values.name))
    else if (!this.deps.address) this.errors.address = '请先在“我的”中绑定居住地址'
    return Object.keys(this.errors).length === 0
  }

  /** The 提交 tap: asks for the result notice first (WeChat wants that inside the tap). */
  async submit(): Promise<void> {
    if (this.sending) return
    const grants = this.deps.cloud.requestGrants([TEMPLATES.certResult]).catch(() => ({}))
    this.message = ''
    if (Object.values(this.uploads).some((u) => u.busy)) {
      this.message = '材料还在上传，请稍候再提交'
      return
    }
    if (!this.validate()) {
      this.message = Object.values(this.errors)[0] ?? ''
      return
    }
    this.sending = true
    try {
      // Materials photographed offline go up first; still offline, they stay kept with the draft.
      const waiting = Object.values(this.uploads).map((u) => u.uploadWaiting())
      if (!(await Promise.all(waiting)).every(Boolean)) throw new AppError('NETWORK')
      if (Object.values(this.uploads).some((u) => u.failedCount))
        throw new AppError('INVALID_INPUT', '有材料照片上传失败，请重试或删除')
      await grants
      const e = this.deps.existing
      const res = e
        ? (
            await this.deps.cloud.call('certificate.resubmit', {
              id: e.id,
              version: e.version,
              input: this.input(),
            })
          ).application
        : (
            await this.deps.cloud.call('certificate.apply', {
              typeKey: this.type.key,
              input: this.input(),
              ...(this.behalf?.onBehalf ? { onBehalf: this.behalf.onBehalf } : {}),
            })
          ).application
      runInAction(() => (this.result = res))
      this.deps.storage.remove(this.draftKey)
    } catch (err) {
      runInAction(() => {
        const e = err instanceof AppError ? err : new AppError('INTERNAL')
        this.errors = { ...(e.fields ?? {}) }
        this.message = e.code === 'NETWORK' ? '网络不给力，已为您保存草稿，请稍后再提交' : e.message
      })
    } finally {
      runInAction(() => (this.sending = false))
    }
  }

  /** Pictures of the materials already on file (a correction starts from them). */
  async loadPreviews(): Promise<void> {
    const error = await showPreviews(this.deps.cloud, this.deps.existing, this.uploads)
    runInAction(() => (this.previewError = error))
  }

  private save(): void {
    const { values, promise, signedName, requestId } = this
    writeApplicationDraft(
      this.deps.storage,
      this.draftKey,
      { values, promise, signedName, requestId },
      this.uploads,
    )
  }

  private restore(): void {
    const d = readApplicationDraft(this.deps.storage, this.draftKey, this.uploads)
    if (!d) return
    this.values = { ...this.values, ...d.values }
    this.promise = d.promise
    this.signedName = d.signedName
    this.requestId = d.requestId || this.requestId
  }
}

import { makeAutoObservable, reaction, runInAction } from 'mobx'
import { validateApplication, type AttachmentSpec } from '@shared/certificates'
import type {
  ApplicationDetail,
  ApplicationSummary,
  CatalogueEntry,
} from '@shared/contracts/certificate'
import type { BoundAddress } from '@shared/contracts/user'
import type { OnBehalf } from '@shared/reports'
import { AppError } from '@shared/errors'
import { newId } from '@shared/ids'
import { TEMPLATES } from '@shared/subscribe'
import { uploadPath } from '@shared/uploads'
import type { CloudClient } from '@/services/cloud/types'
import type { PhotoService } from '@/services/photos/types'
import type { KeyValueStorage } from '@/services/storage/types'
import type { Cached } from '@/stores/Cached'
import type { FileKeeper } from '@/stores/OutboxStore'
import type { OnBehalfTarget } from '@/stores/OnBehalfStore'
import { PhotoUploads, type PhotoSlot } from '@/stores/PhotoUploads'

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

/** 代办's address: the resident's home, picked in the form (a building, then unit and room). */
export type BehalfAddress = Pick<BoundAddress, 'communityId' | 'buildingId' | 'unit' | 'room'> & {
  label: string
}

/** An attachment already on file, as an uploaded slot. */
const onFile = (fileID: string): PhotoSlot => ({
  id: fileID,
  cloudPath: '',
  status: 'done',
  progress: 1,
  previewUrl: '',
  bytes: 0,
  fileID,
})

interface Draft {
  values: Record<string, string>
  promise: boolean
  signedName: string
  requestId: string
  slots: Record<string, PhotoSlot[]>
}

/**
 * One application form, built from its catalogue entry. Every change is saved on the device
 * (leaving the page, or a dropped network, loses nothing); attachments upload as they are
 * added; the shared validator runs here exactly as on the server. One requestId per application:
 * a retry after a timeout cannot make a second one.
 */
export class ApplicationFormStore implements OnBehalfTarget {
  /** 代办: whom the application is for, and their home (see ApplicationFormDeps.behalf). */
  onBehalf: OnBehalf | null = null
  behalfHome: BehalfAddress | null = null
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
    const e = deps.existing
    if (e) {
      this.values = Object.fromEntries(Object.entries(e.form).map(([k, v]) => [k, String(v)]))
      this.promise = !!e.promise
      this.signedName = e.promise?.signedName ?? ''
      for (const [kind, u] of Object.entries(this.uploads))
        u.restore(e.attachments.filter((a) => a.kind === kind).map((a) => onFile(a.fileID)))
      void this.loadPreviews()
    }
    const draft = deps.storage.get<Draft>(this.draftKey)
    if (draft) this.restore(draft)
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

  get isBehalf(): boolean {
    return !!this.deps.behalf && !this.deps.existing
  }

  /** 代办 keeps its own draft: a worker's application for a resident is not their own. */
  get draftKey(): string {
    const key = this.deps.existing?.id ?? this.type.key
    return this.isBehalf ? `xb.certDraft.behalf.${key}` : `xb.certDraft.${key}`
  }

  /** OnBehalfTarget: residents are looked up at the home picked for 代办. */
  get behalfAddress() {
    const h = this.behalfHome
    return h && { buildingId: h.buildingId, unit: h.unit, room: h.room }
  }

  setOnBehalf(b: OnBehalf | null): void {
    this.onBehalf = b
    delete this.errors.onBehalf
  }

  /** The resident's home for 代办: changing it forgets a resident chosen at the old one. */
  setBehalfHome(home: BehalfAddress | null): void {
    if (this.onBehalf?.kind === 'account') this.onBehalf = null
    this.behalfHome = home
    delete this.errors.address
  }

  /** The address the application is for: the picked home (代办) or the caller's bound one. */
  private get address() {
    return this.isBehalf ? this.behalfHome : this.deps.address
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
      const onFile = this.deps.existing && !this.values.idNumber
      validateApplication(
        this.type.key,
        onFile ? { ...input, idNumber: '11010519491231002X' } : input,
        new Date(),
      )
      this.errors = {}
    } catch (err) {
      this.errors = err instanceof AppError ? { ...(err.fields ?? {}) } : { form: String(err) }
    }
    if (this.isBehalf) this.behalfErrors()
    else if (!this.deps.address) this.errors.address = '请先在“我的”中绑定居住地址'
    return Object.keys(this.errors).length === 0
  }

  private behalfErrors(): void {
    const h = this.behalfHome
    if (!h || !h.unit.trim() || !h.room.trim())
      this.errors.address = '请选择居民住的楼栋，并填写单元和房号（须与居民的住址一致）'
    if (!this.onBehalf)
      this.errors.onBehalf = '请选择代办的居民，或填写未用小程序居民的姓名和手机号'
    else if (this.onBehalf.kind === 'person' && this.values.name?.trim() !== this.onBehalf.name)
      this.errors.name = '申请人姓名须与代办的居民姓名一致'
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
              ...(this.isBehalf && this.onBehalf ? { onBehalf: this.onBehalf } : {}),
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
    const ids = this.deps.existing?.attachments.map((a) => a.fileID) ?? []
    try {
      const urls = await this.deps.cloud.getFileUrls(ids)
      runInAction(() => {
        this.previewError = ''
        this.showPreviews(urls)
      })
    } catch (e) {
      runInAction(() => (this.previewError = `已提交的材料暂时无法显示：${(e as Error).message}`))
    }
  }

  private showPreviews(urls: Record<string, string>): void {
    for (const u of Object.values(this.uploads))
      u.restore(
        u.slots.map((s) => ({ ...s, previewUrl: s.previewUrl || urls[s.fileID ?? ''] || '' })),
      )
  }

  private save(): void {
    const slots = Object.fromEntries(
      Object.entries(this.uploads).map(([k, u]) => [
        k,
        u.slots.filter((s) => s.fileID || s.kept).map((s) => ({ ...s, file: undefined })),
      ]),
    )
    this.deps.storage.set(this.draftKey, {
      values: this.values,
      promise: this.promise,
      signedName: this.signedName,
      requestId: this.requestId,
      slots,
    } satisfies Draft)
  }

  private restore(d: Draft): void {
    this.values = { ...this.values, ...d.values }
    this.promise = d.promise
    this.signedName = d.signedName
    this.requestId = d.requestId || this.requestId
    for (const [kind, slots] of Object.entries(d.slots ?? {}))
      this.uploads[kind]?.restore(slots as PhotoSlot[])
  }
}

/**
 * The form for a new application of `typeKey`, or for correcting application `id` (its type
 * then comes from the application). The catalogue is the app's cached one.
 */
export async function openApplicationForm(
  deps: Omit<ApplicationFormDeps, 'existing'>,
  catalogue: Cached<CatalogueEntry[]>,
  { id, typeKey }: { id?: string; typeKey?: string },
): Promise<ApplicationFormStore> {
  const existing = id ? await deps.cloud.call('certificate.get', { id }) : undefined
  const types = await catalogue.load()
  const type = types.find((t) => t.key === (existing?.typeKey ?? typeKey))
  if (!type) throw new Error('没有这种证明')
  return new ApplicationFormStore(type, { ...deps, existing })
}

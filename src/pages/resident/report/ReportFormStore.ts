import { makeAutoObservable, reaction, runInAction } from 'mobx'
import type { ReportSummary } from '@shared/contracts/report'
import type { BoundAddress } from '@shared/contracts/user'
import { AppError } from '@shared/errors'
import { newId } from '@shared/ids'
import {
  RESIDENT_CATEGORIES,
  validateReportInput,
  type OnBehalf,
  type ReportInput,
} from '@shared/reports'
import { TEMPLATES } from '@shared/subscribe'
import { uploadPath } from '@shared/uploads'
import type { CloudClient } from '@/services/cloud/types'
import type { PhotoService } from '@/services/photos/types'
import { LOCATION_UNAVAILABLE, LocationError } from '@shared/geo'
import type { LocationService } from '@/services/location/types'
import type { KeyValueStorage } from '@/services/storage/types'
import { placeBehalfAddress } from '@/stores/BehalfForms'
import { isNetworkFailure } from '@/stores/network-error'
import type { FileKeeper, OutboxStore } from '@/stores/OutboxStore'
import { PhotoUploads } from '@/stores/PhotoUploads'
import { clearDraft, readDraft, writeDraft, type ReportDraft } from './draft'
import { addressPlace, toLocation, type Place } from './place'
import { nearbyReports, queueReport, recordGrants } from './queueReport'

export type { Place }
export type Target = 'grid' | 'property'
export type Phase = 'editing' | 'checking' | 'duplicates' | 'submitting' | 'sent' | 'queued'

export interface ReportFormDeps {
  cloud: CloudClient
  storage: KeyValueStorage
  outbox: OutboxStore
  photos: PhotoService
  /** Keeps a photo taken offline on the device (待上传) so the report can queue with it. */
  keeper?: FileKeeper
  location?: LocationService
  openid: string
  address: BoundAddress | null
  now?: () => Date
}

export const MAX_DESCRIPTION = 500

/**
 * The 一键报事 form: what the resident typed is saved on the device at every change (leaving the
 * page loses nothing); photos upload as they are added, or wait on the device while offline;
 * submit asks for subscribe grants, shows nearby duplicates once, and then sends — or keeps the
 * whole report with its photos in the outbox (待发送).
 */
export class ReportFormStore {
  categoryKey = ''
  description = ''
  urgency: 'normal' | 'urgent' = 'normal'
  /** 不需要回电: the reporter's explicit choice (without it the server needs a verified phone). */
  noCallback = false
  /** 代报: whom staff file for (OnBehalfPicker); null for one's own report. */
  onBehalf: OnBehalf | null = null
  place: Place | null
  phase: Phase = 'editing'
  errors: Record<string, string> = {}
  message = ''
  duplicates: ReportSummary[] = []
  result: ReportSummary | null = null
  readonly photos: PhotoUploads
  private requestId = newId('q')
  private inflight: Promise<void> | null = null

  constructor(
    readonly target: Target,
    private readonly deps: ReportFormDeps,
  ) {
    const now = deps.now ?? (() => new Date())
    this.photos = new PhotoUploads(
      deps.cloud,
      deps.photos,
      (id) => uploadPath(deps.openid, id, now()),
      undefined,
      deps.keeper,
    )
    this.place = addressPlace(deps.address)
    const draft = readDraft(deps.storage, target)
    if (draft) this.restore(draft)
    makeAutoObservable<ReportFormStore, 'deps' | 'inflight'>(this, { deps: false, inflight: false })
    // An uploaded, kept or removed photo is part of the draft too.
    this.dispose = reaction(
      () => this.photos.slots.map((s) => s.fileID ?? s.kept ?? '').join(','),
      () => this.saveDraft(),
    )
  }

  readonly dispose: () => void

  get category() {
    return RESIDENT_CATEGORIES.find((c) => c.key === this.categoryKey) ?? null
  }

  get categories() {
    return RESIDENT_CATEGORIES.filter((c) => c.targets.includes(this.target))
  }

  get descriptionLeft(): number {
    return MAX_DESCRIPTION - [...this.description].length
  }

  set<K extends 'categoryKey' | 'description' | 'urgency' | 'place' | 'noCallback' | 'onBehalf'>(
    key: K,
    value: this[K],
  ): void {
    this[key] = value
    delete this.errors[key === 'place' ? 'location' : key]
    this.saveDraft()
  }

  /** OnBehalfTarget: residents are looked up at the chosen building. */
  get behalfAddress() {
    return placeBehalfAddress(this.place)
  }

  setOnBehalf(b: OnBehalf | null): void {
    this.set('onBehalf', b)
  }

  input(): ReportInput {
    return {
      target: this.target,
      categoryKey: this.categoryKey,
      description: this.description,
      photos: this.photos.fileIDs,
      location: toLocation(this.place),
      urgency: this.urgency,
      requestId: this.requestId,
      ...(this.noCallback ? { noCallback: true } : {}),
      ...(this.onBehalf ? { onBehalf: this.onBehalf } : {}),
    } as ReportInput
  }

  /**
   * 使用当前位置: the phone's position (GCJ-02) becomes the place, keeping a typed description;
   * when there is none, the reason and the next step show under the field.
   */
  async useCurrentPosition(): Promise<void> {
    try {
      if (!this.deps.location) throw new LocationError(LOCATION_UNAVAILABLE)
      const { latitude, longitude } = await this.deps.location.current()
      const p = this.place
      this.set('place', {
        kind: 'point',
        latitude,
        longitude,
        address: p?.kind === 'point' ? p.address : '',
      })
    } catch (e) {
      const message = e instanceof LocationError ? e.message : LOCATION_UNAVAILABLE
      runInAction(() => (this.errors = { ...this.errors, location: message }))
    }
  }

  /** Same rules as the server (shared validator; a photo waiting on the device counts). */
  validate(): boolean {
    try {
      validateReportInput({ ...this.input(), photos: this.photos.references })
      this.errors = this.photos.failedCount ? { photos: '有照片上传失败，请重试或删除' } : {}
    } catch (err) {
      this.errors = err instanceof AppError ? { ...(err.fields ?? {}) } : { form: String(err) }
      if (!this.place) this.errors.location = '请选择问题所在的楼栋，或使用当前位置'
    }
    return Object.keys(this.errors).length === 0
  }

  /**
   * The 提交 tap. Asks for subscribe grants first (WeChat requires that inside the tap), then
   * checks for nearby duplicates once; a second tap while sending does nothing.
   */
  submit(skipDuplicates = false): Promise<void> {
    if (this.inflight) return this.inflight
    // Two templates, one prompt: 受理 spends the status grant, 办结 (请评价) keeps its own.
    const grants = this.deps.cloud.requestGrants([TEMPLATES.reportStatus, TEMPLATES.reportDone])
    this.inflight = this.run(grants, skipDuplicates).finally(() =>
      runInAction(() => (this.inflight = null)),
    )
    return this.inflight
  }

  private async run(
    grants: Promise<Record<string, string>>,
    skipDuplicates: boolean,
  ): Promise<void> {
    this.message = ''
    if (this.photos.busy) {
      this.message = '照片还在上传，请稍候再提交'
      return
    }
    if (!this.validate()) {
      this.message = '请按提示修改后再提交'
      return
    }
    void grants.then((answers) => recordGrants(this.deps.cloud, answers))
    // Photos taken offline go up now if the network is back; if not, the report queues with them.
    if (this.photos.waitingCount) {
      runInAction(() => (this.phase = 'submitting'))
      if (!(await this.photos.uploadWaiting())) return this.queue()
      if (!this.validate()) {
        runInAction(() => {
          this.phase = 'editing'
          this.message = '请按提示修改后再提交'
        })
        return
      }
    }
    if (!skipDuplicates && (await this.findDuplicates())) return
    runInAction(() => (this.phase = 'submitting'))
    try {
      const { report } = await this.deps.cloud.call('report.create', this.input())
      runInAction(() => {
        this.result = report
        this.phase = 'sent'
      })
      this.clearDraft()
    } catch (err) {
      await this.onSendError(err)
    }
  }

  private async findDuplicates(): Promise<boolean> {
    runInAction(() => (this.phase = 'checking'))
    const items = await nearbyReports(this.deps.cloud, this.input())
    runInAction(() => {
      this.duplicates = items
      this.phase = items.length ? 'duplicates' : 'editing'
    })
    return items.length > 0
  }

  private async onSendError(err: unknown): Promise<void> {
    if (isNetworkFailure(err)) return this.queue()
    runInAction(() => {
      this.phase = 'editing'
      this.errors = { ...((err as AppError).fields ?? {}) }
      this.message = (err as AppError).message
    })
  }

  /** No network: the whole report, photos included, waits in the outbox as 待发送. */
  private async queue(): Promise<void> {
    const title = `${this.category?.label ?? '报事'} · ${this.description.slice(0, 20)}`
    const { requestId, photos } = this
    const message = await queueReport(this.deps.outbox, {
      requestId,
      title,
      input: this.input(),
      photos,
    })
    runInAction(() => {
      this.phase = message ? 'editing' : 'queued'
      this.message = message
    })
    if (!message) this.clearDraft()
  }

  /** 也遇到了: follow a nearby report instead of filing a new one. */
  async follow(id: string): Promise<void> {
    try {
      await this.deps.cloud.call('report.follow', { id })
      runInAction(() => {
        this.result = this.duplicates.find((d) => d.id === id) ?? null
        this.phase = 'sent'
      })
      this.clearDraft()
    } catch (err) {
      runInAction(() => (this.message = (err as Error).message))
    }
  }

  private restore(d: ReportDraft): void {
    this.categoryKey = d.categoryKey
    this.description = d.description
    this.urgency = d.urgency
    this.place = d.place ?? this.place
    this.requestId = d.requestId
    this.photos.restore(d.photos)
  }

  saveDraft(): void {
    writeDraft(this.deps.storage, this.target, {
      categoryKey: this.categoryKey,
      description: this.description,
      urgency: this.urgency,
      place: this.place,
      requestId: this.requestId,
      photos: this.photos.slots,
    })
  }

  clearDraft(): void {
    clearDraft(this.deps.storage, this.target)
  }
}

import { makeAutoObservable, reaction, runInAction } from 'mobx'
import type { ReportSummary } from '@shared/contracts/report'
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
import { placeBehalfAddress } from '@/stores/BehalfForms'
import { PhotoUploads } from '@/stores/PhotoUploads'
import type { ReportFormDeps } from './form-deps'
import { clearDraft, readDraft, writeDraft, type ReportDraft } from './draft'
import { addressPlace, toLocation, type Place } from './place'
import { PlaceChoice } from './PlaceChoice'
import { recordGrants } from './queueReport'
import { findDuplicates, follow, onSendError, queue, type SendingForm } from './send'
import { VoiceClip } from './VoiceClip'

export type { Place }
export type Target = 'grid' | 'property'
export type Phase = SendingForm['phase']

export type { ReportFormDeps }

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
  /** 按住说话: a spoken description; with one, the typed one is optional. */
  readonly voice: VoiceClip
  /** 选择楼栋 in big steps, or a point on the map in words. */
  readonly where: PlaceChoice
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
    this.voice = new VoiceClip(deps.cloud, deps.recorder, (id, ext) =>
      uploadPath(deps.openid, id, now(), ext),
    )
    this.where = new PlaceChoice(
      deps.cloud,
      deps.location,
      (p) => this.set('place', p),
      (message) => (this.errors = { ...this.errors, location: message }),
    )
    this.place = addressPlace(deps.address)
    const draft = readDraft(deps.storage, target)
    if (draft) this.restore(draft)
    makeAutoObservable<ReportFormStore, 'deps' | 'inflight'>(this, { deps: false, inflight: false })
    // An uploaded, kept or removed photo (or voice clip) is part of the draft too.
    this.dispose = reaction(
      () => this.photos.slots.map((s) => s.fileID ?? s.kept ?? '').join(',') + this.voice.fileID,
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

  /** The bound home as a place (我家), null when none is bound. */
  get home(): Place | null {
    return addressPlace(this.deps.address)
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
      ...(this.voice.clip ? { voice: this.voice.clip } : {}),
    } as ReportInput
  }

  /** Same rules as the server (shared validator; a photo waiting on the device counts). */
  validate(): boolean {
    try {
      validateReportInput({ ...this.input(), photos: this.photos.references })
      this.errors = this.photos.failedCount ? { photos: '有照片上传失败，请重试或删除' } : {}
    } catch (err) {
      this.errors = err instanceof AppError ? { ...(err.fields ?? {}) } : { form: String(err) }
      if (!this.place) this.errors.location = '请选择问题所在的楼栋，或在地图上选位置'
    }
    // A clip that did not go up is neither sent nor silently dropped: the resident decides.
    if (this.voice.state === 'failed') this.errors.voice = '语音还没有上传：请「重新上传」或删除'
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
    if (this.photos.busy || this.voice.busy) {
      this.message = this.voice.busy
        ? '语音还在录制或上传，请稍候再提交'
        : '照片还在上传，请稍候再提交'
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
      if (!(await this.photos.uploadWaiting())) return queue(this, this.deps)
      if (!this.validate()) {
        runInAction(() => {
          this.phase = 'editing'
          this.message = '请按提示修改后再提交'
        })
        return
      }
    }
    if (!skipDuplicates && (await findDuplicates(this, this.deps))) return
    runInAction(() => (this.phase = 'submitting'))
    try {
      const { report } = await this.deps.cloud.call('report.create', this.input())
      runInAction(() => {
        this.result = report
        this.phase = 'sent'
      })
      this.clearDraft()
    } catch (err) {
      await onSendError(this, this.deps, err)
    }
  }

  /** 也遇到了: follow a nearby report instead of filing a new one. */
  follow(id: string): Promise<void> {
    return follow(this, this.deps, id)
  }

  get outboxTitle(): string {
    return `${this.category?.label ?? '报事'} · ${this.description.slice(0, 20)}`
  }

  private restore(d: ReportDraft): void {
    this.categoryKey = d.categoryKey
    this.description = d.description
    this.urgency = d.urgency
    this.place = d.place ?? this.place
    this.requestId = d.requestId
    this.photos.restore(d.photos)
    this.voice.restore(d.voice)
  }

  saveDraft(): void {
    writeDraft(this.deps.storage, this.target, {
      categoryKey: this.categoryKey,
      description: this.description,
      urgency: this.urgency,
      place: this.place,
      requestId: this.requestId,
      photos: this.photos.slots,
      voice: this.voice.clip,
    })
  }

  clearDraft(): void {
    clearDraft(this.deps.storage, this.target)
  }
}

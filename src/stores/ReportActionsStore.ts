import { makeAutoObservable, runInAction } from 'mobx'
import type { HandlerOption } from '@shared/contracts/grid'
import type { ReportDetail, TransitionRequest } from '@shared/contracts/report'
import { formErrors, type AppError } from '@shared/errors'
import { insertPhrase, isPhraseKey } from '@shared/phrases'
import { ACTION_FIELDS, type FieldNeed, type ReportAction } from '@shared/reports'
import { addDays } from '@shared/time'
import { uploadPath } from '@shared/uploads'
import type { CloudClient } from '@/services/cloud/types'
import type { PhotoService } from '@/services/photos/types'
import { DuplicateLookup } from './DuplicateLookup'
import { PhotoUploads } from './PhotoUploads'
import type { ReferenceStore } from './ReferenceStore'

/** What a form asks for: the fields of the action's input (shared checks), by name. */
export type ActionFields = Partial<Record<string, FieldNeed>>

export interface ReportActionsDeps {
  cloud: CloudClient
  photos: PhotoService
  reference: ReferenceStore
  openid: string
  now?: () => number
}

/** 部门报到 without a number of days gets this many. */
const DEFAULT_DEPARTMENT_DAYS = 3

/**
 * The buttons of one report (report.actions) and the small form of the chosen one. The form's
 * fields come from the shared ACTION_FIELDS, the same list the server's checks are held to; the
 * server checks everything again and its field errors show next to the form.
 */
export class ReportActionsStore {
  action: ReportAction | '' = ''
  /** Typed texts by field name (reason, note, comment, department, days). */
  values: Record<string, string> = {}
  rating = 0
  to: HandlerOption | null = null
  errors: Record<string, string> = {}
  busy = false
  readonly photos: PhotoUploads
  /** 合并为重复: the other report, found by its number. */
  readonly duplicate: DuplicateLookup

  constructor(private readonly deps: ReportActionsDeps) {
    this.duplicate = new DuplicateLookup(deps.cloud)
    this.photos = new PhotoUploads(deps.cloud, deps.photos, (id) =>
      uploadPath(deps.openid, id, new Date()),
    )
    makeAutoObservable<ReportActionsStore, 'deps'>(this, { deps: false })
  }

  get fields(): ActionFields {
    return this.action ? (ACTION_FIELDS[this.action] as ActionFields) : {}
  }

  /** The grids and companies a report can be sent to (cached for the whole app). */
  get handlers(): HandlerOption[] {
    return this.deps.reference.handlers.value ?? []
  }

  get handlersError(): string {
    return this.deps.reference.handlers.status === 'error' ? this.deps.reference.handlers.error : ''
  }

  /** Opens an action's form, or closes it when it is already open. */
  choose(action: ReportAction): void {
    this.action = this.action === action ? '' : action
    if (this.fields.to) this.loadHandlers()
    if (isPhraseKey(this.action)) void this.deps.reference.phrases.show()
  }

  /** 常用语 of the open form's action (none while they load or when the office kept none). */
  get phrases(): string[] {
    const a = this.action
    return isPhraseKey(a) ? (this.deps.reference.phrases.value?.lists[a] ?? []) : []
  }

  /** A chip tapped: its text goes into the reason box where the form has one, else the note. */
  usePhrase(phrase: string): void {
    const field = this.fields.reason ? 'reason' : 'note'
    this.set(field, insertPhrase(this.values[field] ?? '', phrase))
  }

  loadHandlers(): void {
    void this.deps.reference.handlers.show()
  }

  set(field: string, value: string): void {
    this.values = { ...this.values, [field]: value }
  }

  setRating(n: number): void {
    this.rating = n
  }

  /** A star tapped on the report itself: opens 确认并评价 with that rating (one step, no button first). */
  rate(n: number): void {
    if (this.action !== 'confirm') this.choose('confirm')
    this.rating = n
  }

  setTo(h: HandlerOption | null): void {
    this.to = h
  }

  /** The request the chosen action's fields make. */
  request(report: ReportDetail): TransitionRequest {
    const f = this.fields
    const v = this.values
    const req: TransitionRequest = { id: report.id, version: report.version, action: this.action }
    if (f.reason) req.reason = v.reason
    if (f.note) req.note = v.note
    if (f.comment) req.comment = v.comment
    if (f.photos) req.photos = this.photos.fileIDs
    if (f.rating) req.rating = this.rating
    if (f.to && this.to) req.to = { kind: this.to.kind, id: this.to.id }
    if (f.duplicateOf) req.duplicateOf = this.duplicate.found?.id ?? ''
    if (f.department) req.department = v.department
    if (f.outcome) req.outcome = v.outcome
    if (f.categoryKey) req.categoryKey = v.categoryKey
    if (f.deadline) {
      const days = Number(v.days || DEFAULT_DEPARTMENT_DAYS)
      req.deadline = addDays((this.deps.now ?? Date.now)(), days).getTime()
    }
    return req
  }

  /** Sends the chosen action; the report as it is now, or null when refused (see `errors`). */
  async submit(report: ReportDetail): Promise<ReportDetail | null> {
    if (this.busy) return null
    if (this.photos.busy) {
      this.errors = { form: '照片还在上传，请稍候' }
      return null
    }
    this.busy = true
    try {
      const next = await this.deps.cloud.call('report.transition', this.request(report))
      runInAction(() => {
        this.action = ''
        this.values = {}
        this.duplicate.setNo('')
        this.errors = {}
      })
      return next
    } catch (err) {
      const e = err as AppError
      runInAction(() => (this.errors = formErrors(e)))
      return null
    } finally {
      runInAction(() => (this.busy = false))
    }
  }
}

import { runInAction } from 'mobx'
import type { ReportSummary } from '@shared/contracts/report'
import type { AppError } from '@shared/errors'
import type { ReportInput } from '@shared/reports'
import type { CloudClient } from '@/services/cloud/types'
import { isNetworkFailure } from '@/stores/network-error'
import type { OutboxStore } from '@/stores/OutboxStore'
import type { PhotoUploads } from '@/stores/PhotoUploads'
import { nearbyReports, queueReport } from './queueReport'

/**
 * The sending half of the report form (ReportFormStore keeps the fields and the order of the
 * steps): the nearby-duplicates check, what a failed send means, 待发送, 也遇到了
 * (queueReport.ts does the outbox and the look-ups).
 */
export interface SendingForm {
  phase: 'editing' | 'checking' | 'duplicates' | 'submitting' | 'sent' | 'queued'
  message: string
  errors: Record<string, string>
  duplicates: ReportSummary[]
  result: ReportSummary | null
  readonly photos: PhotoUploads
  /** What the outbox lists: 照明 · 楼道灯坏了. */
  readonly outboxTitle: string
  input(): ReportInput
  clearDraft(): void
}

export interface SendDeps {
  cloud: CloudClient
  outbox: OutboxStore
}

/** Open reports like this one nearby: shown once before filing (true when there are some). */
export async function findDuplicates(form: SendingForm, deps: SendDeps): Promise<boolean> {
  runInAction(() => (form.phase = 'checking'))
  const items = await nearbyReports(deps.cloud, form.input())
  runInAction(() => {
    form.duplicates = items
    form.phase = items.length ? 'duplicates' : 'editing'
  })
  return items.length > 0
}

/** A refused send shows the server's messages by field; no network queues it. */
export async function onSendError(form: SendingForm, deps: SendDeps, err: unknown): Promise<void> {
  if (isNetworkFailure(err)) return queue(form, deps)
  runInAction(() => {
    form.phase = 'editing'
    form.errors = { ...((err as AppError).fields ?? {}) }
    form.message = (err as AppError).message
  })
}

/** No network: the whole report, photos included, waits in the outbox as 待发送. */
export async function queue(form: SendingForm, deps: SendDeps): Promise<void> {
  const input = form.input()
  const message = await queueReport(deps.outbox, {
    requestId: input.requestId,
    title: form.outboxTitle,
    input,
    photos: form.photos,
  })
  runInAction(() => {
    form.phase = message ? 'editing' : 'queued'
    form.message = message
  })
  if (!message) form.clearDraft()
}

/** 也遇到了: follow a nearby report instead of filing a new one. */
export async function follow(form: SendingForm, deps: SendDeps, id: string): Promise<void> {
  try {
    await deps.cloud.call('report.follow', { id })
    runInAction(() => {
      form.result = form.duplicates.find((d) => d.id === id) ?? null
      form.phase = 'sent'
    })
    form.clearDraft()
  } catch (err) {
    runInAction(() => (form.message = (err as Error).message))
  }
}

import type { ReportSummary } from '@shared/contracts/report'
import type { ReportInput } from '@shared/reports'
import type { CloudClient } from '@/services/cloud/types'
import type { OutboxStore } from '@/stores/OutboxStore'
import type { PhotoUploads } from '@/stores/PhotoUploads'

/**
 * Keeps a report that cannot be sent now in the outbox (待发送): its text and place, and every
 * photo — uploaded ones by fileID, the others by their device copy (taken over from the form, or
 * made now). The outbox uploads what is missing when the network returns and then sends once
 * with the same request id. Answers '' once kept, or what to tell when the device refuses.
 */
export async function queueReport(
  outbox: OutboxStore,
  report: { requestId: string; title: string; input: ReportInput; photos: PhotoUploads },
): Promise<string> {
  const { photos } = report
  try {
    await keep(outbox, report)
  } catch {
    return '网络不可用，手机存储空间也不足，无法保存待发送；请联网后再提交'
  }
  // The outbox owns the device copies now: leaving the form must not delete them.
  for (const s of photos.slots) if (s.kept) photos.release(s.id)
  return ''
}

function keep(
  outbox: OutboxStore,
  report: { requestId: string; title: string; input: ReportInput; photos: PhotoUploads },
): Promise<unknown> {
  const { photos } = report
  return outbox.add({
    id: report.requestId,
    action: 'report.create',
    title: report.title,
    payload: { ...report.input } as unknown as Record<string, unknown>,
    filesField: 'photos',
    files: photos.slots
      .filter((s) => s.fileID || s.kept || s.file)
      .map((s) => ({ file: s.file, kept: s.kept, cloudPath: s.cloudPath, fileID: s.fileID })),
  })
}

/** Reports of the same kind nearby, shown once before sending; offline none (it may queue). */
export async function nearbyReports(
  cloud: CloudClient,
  input: ReportInput,
): Promise<ReportSummary[]> {
  const { categoryKey, location, target } = input
  try {
    return (await cloud.call('report.nearby', { categoryKey, location, target })).items
  } catch {
    return []
  }
}

/** The grants the submit tap's prompt gave, recorded for the server's ledger (best effort). */
export async function recordGrants(cloud: CloudClient, answers: Record<string, string>) {
  if (!Object.values(answers).includes('accept')) return
  await cloud.call('user.recordGrants', { answers: answers as never }).catch(() => undefined)
}

import type { ReportInput } from '@shared/reports'
import type { OutboxStore } from '@/stores/OutboxStore'
import type { PhotoUploads } from '@/stores/PhotoUploads'

/**
 * Keeps a report that cannot be sent now in the outbox (待发送): its text and place, and every
 * photo — uploaded ones by fileID, the others by their device copy (taken over from the form, or
 * made now). The outbox uploads what is missing when the network returns and then sends once
 * with the same request id. Throws when the device refuses to keep it.
 */
export async function queueReport(
  outbox: OutboxStore,
  report: { requestId: string; title: string; input: ReportInput; photos: PhotoUploads },
): Promise<void> {
  const { photos } = report
  await outbox.add({
    id: report.requestId,
    action: 'report.create',
    title: report.title,
    payload: { ...report.input } as unknown as Record<string, unknown>,
    filesField: 'photos',
    files: photos.slots
      .filter((s) => s.fileID || s.kept || s.file)
      .map((s) => ({ file: s.file, kept: s.kept, cloudPath: s.cloudPath, fileID: s.fileID })),
  })
  // The outbox owns the device copies now: leaving the form must not delete them.
  for (const s of photos.slots) if (s.kept) photos.release(s.id)
}

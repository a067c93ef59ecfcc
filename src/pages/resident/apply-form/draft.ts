import type { ApplicationDetail } from '@shared/contracts/certificate'
import type { CloudClient } from '@/services/cloud/types'
import type { KeyValueStorage } from '@/services/storage/types'
import type { PhotoSlot, PhotoUploads } from '@/stores/PhotoUploads'

/** What the application form keeps on the device at every change. */
export interface ApplicationDraft {
  values: Record<string, string>
  promise: boolean
  signedName: string
  requestId: string
  /** Uploaded attachments (fileID) and ones waiting on the device (kept), per slot. */
  slots: Record<string, PhotoSlot[]>
}

/** An attachment already on file, as an uploaded slot. */
export const onFile = (fileID: string): PhotoSlot => ({
  id: fileID,
  cloudPath: '',
  status: 'done',
  progress: 1,
  previewUrl: '',
  bytes: 0,
  fileID,
})

/** Saves the draft under `key` ('' = nowhere: a 代办 form before its resident is chosen). */
export function writeApplicationDraft(
  storage: KeyValueStorage,
  key: string,
  d: Omit<ApplicationDraft, 'slots'>,
  uploads: Record<string, PhotoUploads>,
): void {
  if (!key) return
  const slots = Object.fromEntries(
    Object.entries(uploads).map(([k, u]) => [
      k,
      u.slots.filter((s) => s.fileID || s.kept).map((s) => ({ ...s, file: undefined })),
    ]),
  )
  storage.set(key, { ...d, slots } satisfies ApplicationDraft)
}

/** The draft under `key`, its attachments put back into their slots; null when there is none. */
export function readApplicationDraft(
  storage: KeyValueStorage,
  key: string,
  uploads: Record<string, PhotoUploads>,
): ApplicationDraft | null {
  const d = key ? storage.get<ApplicationDraft>(key) : undefined
  if (!d) return null
  for (const [kind, slots] of Object.entries(d.slots ?? {})) uploads[kind]?.restore(slots)
  return d
}

/**
 * Shows the pictures of the materials already on file in their slots (a correction starts from
 * them). Returns '' or what to say when they cannot be shown (they are still attached).
 */
export async function showPreviews(
  cloud: CloudClient,
  existing: ApplicationDetail | undefined,
  uploads: Record<string, PhotoUploads>,
): Promise<string> {
  const ids = existing?.attachments.map((a) => a.fileID) ?? []
  try {
    const urls = await cloud.getFileUrls(ids)
    for (const u of Object.values(uploads))
      u.restore(
        u.slots.map((s) => ({ ...s, previewUrl: s.previewUrl || urls[s.fileID ?? ''] || '' })),
      )
    return ''
  } catch (e) {
    return `已提交的材料暂时无法显示：${(e as Error).message}`
  }
}

import type { KeyValueStorage } from '@/services/storage/types'
import type { PhotoSlot } from '@/stores/PhotoUploads'
import type { VoiceClip } from '@shared/voice'
import type { Place } from './place'

/** What the form keeps on the device at every change, one draft per target (报网格员 / 报物业). */
export interface ReportDraft {
  categoryKey: string
  description: string
  urgency: 'normal' | 'urgent'
  place: Place | null
  requestId: string
  /** Uploaded photos (fileID) and ones waiting on the device (kept); never the in-memory file. */
  photos: PhotoSlot[]
  /** An uploaded voice clip (a recording not yet uploaded is not kept). */
  voice?: VoiceClip
}

const key = (target: string) => `xb.reportDraft.${target}`

export function readDraft(storage: KeyValueStorage, target: string): ReportDraft | null {
  return storage.get<ReportDraft>(key(target)) ?? null
}

export function writeDraft(storage: KeyValueStorage, target: string, d: ReportDraft): void {
  try {
    storage.set(key(target), {
      ...d,
      photos: d.photos.filter((s) => s.fileID || s.kept).map((s) => ({ ...s, file: undefined })),
    })
  } catch {
    // A full device storage must not block typing; the outbox still keeps a failed submit.
  }
}

export function clearDraft(storage: KeyValueStorage, target: string): void {
  storage.remove(key(target))
}

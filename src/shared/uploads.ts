/**
 * Where the app puts a user's uploads in cloud storage: `uploads/<openid>/<yyyymmdd>/<id>.<ext>`.
 * The server claims a fileID in a submission only when its path is under the caller's own
 * folder (src/server/claim.ts), so nobody can attach (and so publish) a file someone else
 * uploaded; the storage rules (cloudbase/storage.rules.json) keep anyone but its uploader from
 * reading it or writing over it.
 */
import { FORMATS, formatBeijing } from './time'
export function uploadPath(openid: string, id: string, now: Date, ext = 'jpg'): string {
  const day = formatBeijing(now, FORMATS.compact)
  return `uploads/${openid}/${day}/${id}.${ext}`
}

/** The storage path of a `cloud://<env>.<bucket>/<path>` fileID, or null if it is not one. */
export function pathOfFileID(fileID: unknown): string | null {
  if (typeof fileID !== 'string') return null
  const m = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileID)
  return m && !m[1].split('/').includes('..') ? m[1] : null
}

/** True when `fileID` is an upload made by `openid` (by the folder convention above). */
export function isOwnUpload(fileID: unknown, openid: string): boolean {
  const p = pathOfFileID(fileID)
  return !!p && !!openid && p.startsWith(`uploads/${openid}/`)
}

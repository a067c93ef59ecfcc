import { AppError } from '../shared/errors'
import { AUDIO_KINDS, EXTENSION, PHOTO_KINDS, sniffType, type FileKind } from '../shared/file-types'
import { newId } from '../shared/ids'
import { isOwnUpload } from '../shared/uploads'
import { VOICE_MAX_BYTES } from '../shared/voice'
import type { ActionContext } from './context'
import { requestMediaChecks, type MediaScene } from './media-check'
import { MalformedImage, stripMetadata } from './strip-metadata'

/** Where attached files live: written by functions only, never overwritten (fresh names). */
export const ATTACHED_ROOT = 'attached'

/** What one kind of claim accepts, and the messages its form shows (Chinese, per field). */
export interface ClaimRules {
  /** The form field the messages go under (`photos`, `attachments`). */
  field: string
  kinds: readonly FileKind[]
  /** mediaCheckAsync's scene for these files (media-check.ts). */
  scene: MediaScene
  /** mediaCheckAsync's media type: 2 images (the default), 1 audio. */
  mediaType?: 1 | 2
  notOwn: string
  missing: string
  wrongType: string
  /** A size cap checked on the bytes themselves (a client's size claim is not trusted). */
  maxBytes?: number
  tooBig?: string
}

export const PHOTO_CLAIM: ClaimRules = {
  field: 'photos',
  kinds: PHOTO_KINDS,
  scene: 2,
  notOwn: '照片须由本人上传，请重新添加',
  missing: '有照片未上传成功，请重试或删除后再提交',
  wrongType: '照片必须是 JPG/PNG/WebP 图片',
}

export const ATTACHMENT_CLAIM: ClaimRules = {
  field: 'attachments',
  kinds: PHOTO_KINDS,
  scene: 2,
  notOwn: '材料须由本人上传，请重新上传',
  missing: '有材料未上传成功，请重试或删除后再提交',
  wrongType: '材料必须是 JPG/PNG/WebP 图片',
}

/** A report's voice clip (按住说话): the recorders' audio formats, at most about a minute's bytes. */
export const VOICE_CLAIM: ClaimRules = {
  field: 'voice',
  kinds: AUDIO_KINDS,
  scene: 2,
  mediaType: 1,
  notOwn: '语音须由本人录制上传，请重新录制',
  missing: '语音未上传成功，请重新录制或删除后再提交',
  wrongType: '语音必须是 MP3/AAC/M4A/WebM/Ogg 录音',
  maxBytes: VOICE_MAX_BYTES,
  tooBig: `语音文件过大（不超过 ${Math.round(VOICE_MAX_BYTES / 1024)} KB），请重新录制一段更短的`,
}

const refuse = (rules: ClaimRules, message: string) =>
  new AppError('INVALID_INPUT', message, { [rules.field]: message })

async function download(ctx: ActionContext, fileID: string): Promise<Buffer | null> {
  try {
    const r = (await ctx.cloud.downloadFile({ fileID })) as { fileContent?: Buffer }
    return r.fileContent?.length ? Buffer.from(r.fileContent) : null
  } catch {
    return null
  }
}

/**
 * Attaching a file = claiming it. Each file must be the caller's own upload (their folder; the
 * storage rules keep anyone else from overwriting it) and really an image of an allowed kind (by
 * its bytes); its metadata (EXIF GPS …) is removed and the clean copy is written under
 * `attached/<dest>/` with a fresh name. The record stores the copy's fileID, so a later
 * re-upload to the old path changes nothing that was filed, and clients can neither write nor
 * (storage rules) read the copy: reading goes through `user.fileUrls`.
 *
 * Every file is checked before anything is written: a refusal writes nothing. Each new copy is
 * then sent to WeChat's image check (media-check.ts). `keep` lists
 * fileIDs already attached to this record (a resubmitted application), kept as they are.
 */
export async function claimFiles(
  ctx: ActionContext,
  fileIDs: readonly string[],
  dest: string,
  rules: ClaimRules,
  keep: readonly string[] = [],
): Promise<string[]> {
  return (await checkClaim(ctx, fileIDs, rules, keep)).write(dest)
}

/** Files that passed every check; `write` copies them. Split so several kinds check first. */
export interface CheckedClaim {
  write(dest: string): Promise<string[]>
}

/** claimFiles' checks (owner, bytes, kind, size) with nothing written yet. */
export async function checkClaim(
  ctx: ActionContext,
  fileIDs: readonly string[],
  rules: ClaimRules,
  keep: readonly string[] = [],
): Promise<CheckedClaim> {
  const fresh = fileIDs.filter((id) => !keep.includes(id))
  if (!fresh.every((id) => isOwnUpload(id, ctx.openid))) throw refuse(rules, rules.notOwn)
  // Downloads run side by side (up to 9 photos within the function's time limit), then copies.
  const downloaded = await Promise.all(fresh.map((id) => download(ctx, id)))
  const clean = new Map<string, { bytes: Buffer; kind: FileKind }>()
  fresh.forEach((id, n) => clean.set(id, cleaned(downloaded[n], rules)))
  const write = async (dest: string) => {
    const claimed = await Promise.all(
      fileIDs.map(async (id) => {
        const c = clean.get(id)
        if (!c) return id
        const cloudPath = `${ATTACHED_ROOT}/${dest}/${newId('f')}.${EXTENSION[c.kind]}`
        const r = (await ctx.cloud.uploadFile({ cloudPath, fileContent: c.bytes })) as {
          fileID: string
        }
        return r.fileID
      }),
    )
    // The copies go to WeChat's media check; its verdict arrives later (media-verdict.ts).
    await requestMediaChecks(
      ctx,
      claimed.filter((id) => !keep.includes(id)),
      dest,
      rules.scene,
      rules.mediaType,
    )
    return claimed
  }
  return { write }
}

/** The image without its metadata, or the refusal for a missing, non-image or broken file. */
function cleaned(bytes: Buffer | null, rules: ClaimRules): { bytes: Buffer; kind: FileKind } {
  if (!bytes) throw refuse(rules, rules.missing)
  const kind = sniffType(bytes)
  if (!kind || !rules.kinds.includes(kind)) throw refuse(rules, rules.wrongType)
  if (rules.maxBytes && bytes.length > rules.maxBytes)
    throw refuse(rules, rules.tooBig ?? rules.wrongType)
  try {
    return { bytes: stripMetadata(bytes, kind), kind }
  } catch (err) {
    if (err instanceof MalformedImage) throw refuse(rules, rules.wrongType)
    throw err
  }
}

/** A report's photos (filing, 办理进展, 办结), claimed under `attached/reports/<id>/`. */
export const claimPhotos = (ctx: ActionContext, reportId: string, photos: readonly string[]) =>
  claimFiles(ctx, photos, `reports/${reportId}`, PHOTO_CLAIM)

/**
 * A new report's photos and voice clip: every file of both kinds is checked before either is
 * copied, so a refused clip leaves no photo copy behind (and the other way round).
 */
export async function claimReportFiles(
  ctx: ActionContext,
  reportId: string,
  photos: readonly string[],
  voice: string | undefined,
): Promise<{ photos: string[]; voice?: string }> {
  const checked = await Promise.all([
    checkClaim(ctx, photos, PHOTO_CLAIM),
    voice ? checkClaim(ctx, [voice], VOICE_CLAIM) : null,
  ])
  const dest = `reports/${reportId}`
  const [p, v] = await Promise.all(checked.map((c) => c?.write(dest)))
  return { photos: p ?? [], ...(v ? { voice: v[0] } : {}) }
}

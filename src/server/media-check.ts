import { AppError } from '../shared/errors'
import type { ActionContext } from './context'
import { COLL } from './db'

/**
 * Photos and other uploaded images are checked with WeChat's content security for media,
 * `security.mediaCheckAsync` v2: the request answers a trace_id at once, and the verdict arrives
 * later as the `wxa_media_check` message push (media-verdict.ts). Each claimed file's check is
 * stored under its trace_id with what holds the file, so the push can find it; the trace_id
 * never leaves the server, so no client can forge a verdict for a file.
 */

/** WeChat's scenes: 1 资料 (a staff card), 2 评论 (what residents and staff attach to a record). */
export type MediaScene = 1 | 2

export interface MediaCheck {
  /** WeChat's trace_id. */
  _id: string
  fileID: string
  /** Who uploaded it: told in 消息 when it is found unacceptable. */
  uploaderOpenid: string
  /** What holds it: `reports/<id>`, `applications/<id>` or `cards/<openid>` (claim.ts's dest). */
  dest: string
  state: 'pending' | 'pass' | 'review' | 'risky'
  label?: string
  createdAt: Date
  decidedAt?: Date
}

export const MEDIA_UNAVAILABLE = '图片检查暂时不可用，请稍后再试'

/**
 * Asks WeChat to check each claimed image (WeChat downloads it from a temporary URL) and stores
 * one pending check per file. Fails closed, as the text check does: a file that cannot be sent
 * for checking is not attached, and the user can simply retry.
 */
export async function requestMediaChecks(
  ctx: ActionContext,
  fileIDs: readonly string[],
  dest: string,
  scene: MediaScene,
  /** 2 an image, 1 audio (a report's voice clip). */
  mediaType: 1 | 2 = 2,
): Promise<void> {
  if (!fileIDs.length) return
  try {
    const { fileList } = (await ctx.cloud.getTempFileURL({ fileList: [...fileIDs] })) as {
      fileList: Array<{ fileID: string; tempFileURL?: string }>
    }
    const at = ctx.now()
    await Promise.all(
      fileList.map(async (f) => {
        const r = (await ctx.cloud.openapi.security.mediaCheckAsync({
          mediaUrl: f.tempFileURL,
          mediaType,
          version: 2,
          scene,
          openid: ctx.openid,
        })) as { traceId?: string }
        if (!r.traceId) throw new Error('mediaCheckAsync answered no trace_id')
        const check: Omit<MediaCheck, '_id'> = {
          fileID: f.fileID,
          uploaderOpenid: ctx.openid,
          dest,
          state: 'pending',
          createdAt: at,
        }
        await ctx.db.collection(COLL.mediaChecks).doc(r.traceId).set({ data: check })
      }),
    )
  } catch (err) {
    console.error('[mediaCheckAsync failed]', (err as { errCode?: number }).errCode, err)
    throw new AppError('INTERNAL', MEDIA_UNAVAILABLE)
  }
}

/**
 * The files of `ids` a viewer may see: one found unacceptable is hidden from everyone but the
 * street office, which keeps it as the record of what was sent.
 */
export function shownFiles<T extends string | { fileID: string }>(
  ids: readonly T[],
  hidden: readonly string[] | undefined,
  office: boolean,
): T[] {
  if (office || !hidden?.length) return [...ids]
  return ids.filter((f) => !hidden.includes(typeof f === 'string' ? f : f.fileID))
}

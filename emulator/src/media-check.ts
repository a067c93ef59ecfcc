import crypto from 'node:crypto'
import type { Ctx } from './context'
import { decodePath } from './http'
import { denyList, outage, verdict, WX_OPEN, type Reply } from './wx-open'

/** How long after the request WeChat's result arrives here (WeChat: within 30 minutes). */
export const MEDIA_RESULT_DELAY_MS = 1000

/** The file behind one of this emulator's signed download URLs (what WeChat would download). */
function download(ctx: Ctx, mediaUrl: string): { bytes: Buffer; name: string } | null {
  try {
    const url = new URL(mediaUrl)
    if (!url.pathname.startsWith('/files/')) return null
    const cloudPath = ctx.storage.checkPath(decodePath(url.pathname.slice('/files/'.length)))
    if (!ctx.storage.verify(cloudPath, url.searchParams.get('sign'), url.searchParams.get('t')))
      return null
    const bytes = ctx.storage.read(cloudPath)
    return bytes && { bytes, name: cloudPath }
  } catch {
    return null
  }
}

/**
 * `security.mediaCheckAsync` v2: `{ media_url, media_type 1 音频 / 2 图片, version: 2, scene 1–4,
 * openid }`. Answers a trace_id at once; the verdict arrives later as the `wxa_media_check`
 * message push (functions/pushes.ts) — `risky` / `review` when the image's bytes or name hold a
 * `media` marker of emulator/sec-deny.json, else `pass`. A URL WeChat could not download gets
 * `review` with the detail's errcode set, as WeChat reports a failed download.
 */
export function mediaCheckAsync(ctx: Ctx, p: Record<string, unknown>): Reply {
  const busy = outage(ctx)
  if (busy) return busy
  const bad = (what: string) => ({ errcode: WX_OPEN.INVALID_ARGS, errmsg: `invalid args: ${what}` })
  if (p.version !== 2) return bad('version')
  if (typeof p.openid !== 'string' || !p.openid)
    return { errcode: WX_OPEN.INVALID_OPENID, errmsg: 'invalid openid' }
  if (![1, 2, 3, 4].includes(p.scene as number)) return bad('scene')
  if (![1, 2].includes(p.media_type as number)) return bad('media_type')
  const mediaUrl = typeof p.media_url === 'string' ? p.media_url : ''
  if (!/^https?:\/\//.test(mediaUrl)) return bad('media_url')
  const traceId = crypto.randomUUID()
  const file = download(ctx, mediaUrl)
  const text = file ? `${file.name}\n${file.bytes.toString('latin1')}` : ''
  const v = file
    ? verdict(denyList().media, (w) => text.includes(w))
    : { suggest: 'review', label: 21000, hit: undefined }
  const now = ctx.clock.now()
  ctx.pushes.enqueue({
    due: now + MEDIA_RESULT_DELAY_MS,
    openid: p.openid,
    event: {
      ToUserName: 'gh_000000000000',
      FromUserName: p.openid,
      CreateTime: Math.floor(now / 1000),
      MsgType: 'event',
      Event: 'wxa_media_check',
      appid: ctx.appid,
      trace_id: traceId,
      version: 2,
      detail: [
        {
          strategy: 'content_model',
          errcode: file ? 0 : -1008,
          suggest: v.suggest,
          label: v.label,
          prob: v.hit ? 90 : 0,
        },
      ],
      errcode: 0,
      errmsg: 'ok',
      result: { suggest: v.suggest, label: v.label },
    },
  })
  return { errcode: 0, errmsg: 'ok', trace_id: traceId }
}

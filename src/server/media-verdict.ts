import { pageUrl } from '../shared/routes'
import type { StoredApplication } from './certificates/model'
import type { Cloud, UserDoc } from './context'
import { COLL, findById, type CollectionName, type Database } from './db'
import type { MediaCheck } from './media-check'
import { deliverInline } from './notify'
import { newEventId, outboxDoc, type Notice } from './outbox'
import type { StoredReport } from './reports/model'

/** The `wxa_media_check` message push: mediaCheckAsync's verdict, by trace_id. */
export interface MediaCheckPush {
  MsgType: 'event'
  Event: 'wxa_media_check'
  trace_id: string
  result?: { suggest?: string; label?: string | number }
}

export function isMediaCheckPush(event: unknown): event is MediaCheckPush {
  const e = event as Partial<MediaCheckPush> | null
  return e?.MsgType === 'event' && e.Event === 'wxa_media_check'
}

/**
 * A client's call is never a push: it comes from the mini-program (`wx_client`, the devtools) or
 * the web (`wx_http`, a web login). CloudBase documents no SOURCE for pushes, so this refuses the
 * client sources rather than trusting one value; what really guards a verdict is its trace_id,
 * which only WeChat and this server ever hold.
 */
export function isClientCall(cloud: Cloud, webUid: string): boolean {
  const { SOURCE } = (cloud.getWXContext() ?? {}) as { SOURCE?: string }
  return !!webUid || /(^|,)wx_(client|devtools|http)/.test(SOURCE ?? '')
}

interface Deps {
  cloud: Cloud
  db: Database
  now: () => Date
}

const VERDICTS = ['pass', 'review', 'risky'] as const

/** What holds a checked file, where the uploader opens it, and whether it still holds it. */
async function holderOf(deps: Deps, check: MediaCheck) {
  const [kind, id] = check.dest.split('/')
  if (kind === 'reports') {
    const r = await findById<StoredReport>(deps.db, COLL.reports, id)
    const files = r ? [...r.photos, ...r.events.flatMap((e) => e.photos ?? [])] : []
    const own = r?.reporterOpenid === check.uploaderOpenid
    return {
      coll: COLL.reports as CollectionName,
      id,
      holds: files.includes(check.fileID),
      what: `报事 ${r?.no ?? ''}`.trim(),
      page: pageUrl(own ? 'reportDetail' : 'task', { id }),
    }
  }
  if (kind === 'applications') {
    const a = await findById<StoredApplication>(deps.db, COLL.applications, id)
    return {
      coll: COLL.applications as CollectionName,
      id,
      holds: !!a?.attachments.some((f) => f.fileID === check.fileID),
      what: `申请 ${a?.no ?? ''}`.trim(),
      page: pageUrl('application', { id }),
    }
  }
  const u = kind === 'cards' ? await findById<UserDoc>(deps.db, COLL.users, id) : null
  return {
    coll: COLL.users as CollectionName,
    id,
    holds: !!u && u.photo === check.fileID,
    what: '名片',
    page: pageUrl('card'),
  }
}

/**
 * Applies one verdict, once. A risky image is hidden from everyone but the office — the record
 * keeps it in `hiddenFiles` (views and file-access.ts leave it out), a card loses it — and the
 * uploader is told in 消息; the verdict, the hiding and the notice commit together, and a push
 * that arrives again finds the check decided and changes nothing. A risky file nothing holds any
 * more (a step that lost, a replaced attachment) is deleted. `review` passes, as for text.
 */
export async function onMediaCheck(deps: Deps, push: MediaCheckPush): Promise<string> {
  const suggest = VERDICTS.find((v) => v === push.result?.suggest)
  if (typeof push.trace_id !== 'string' || !suggest) return 'malformed'
  const check = await findById<MediaCheck>(deps.db, COLL.mediaChecks, push.trace_id)
  if (!check) return 'unknown'
  if (check.state !== 'pending') return 'duplicate'
  const risky = suggest === 'risky'
  const holder = risky ? await holderOf(deps, check) : null
  const notice: Notice | null = holder?.holds
    ? {
        toOpenid: check.uploaderOpenid,
        kind: 'content',
        title: '图片未通过内容安全检查',
        body: `您在${holder.what}中上传的一张图片含有违规内容，已被隐藏，其他人看不到。如有疑问请联系街道办。`,
        page: holder.page,
        refId: holder.id,
      }
    : null
  const at = deps.now()
  const outbox = notice && outboxDoc(newEventId('media'), [notice], at)
  const _ = deps.db.command
  const won = await deps.db.runTransaction(async (tx) => {
    const ref = tx.collection(COLL.mediaChecks).doc(check._id)
    if (((await ref.get()).data as MediaCheck | null)?.state !== 'pending') return false
    const label = String(push.result?.label ?? '')
    await ref.update({ data: { state: suggest, label, decidedAt: at } })
    if (!holder?.holds) return true
    const hide =
      holder.coll === COLL.users
        ? { photo: '', updatedAt: at }
        : { hiddenFiles: _.addToSet(check.fileID) }
    await tx.collection(holder.coll).doc(holder.id).update({ data: hide })
    if (outbox) {
      const { _id, ...doc } = outbox
      await tx.collection(COLL.outbox).doc(_id).set({ data: doc })
    }
    return true
  })
  if (!won) return 'duplicate'
  if (outbox) await deliverInline(deps, outbox)
  if (holder && !holder.holds)
    await deps.cloud
      .deleteFile({ fileList: [check.fileID] })
      .catch((err: unknown) => console.error('[media] risky orphan not deleted', err))
  return suggest
}

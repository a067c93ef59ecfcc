import { pathOfFileID } from '../shared/uploads'
import type { StoredApplication } from './certificates/model'
import { ATTACHED_ROOT } from './claim'
import type { ActionContext } from './context'
import { shownFiles } from './media-check'
import { COLL, findById } from './db'
import { canView } from './reports/access'
import type { StoredReport } from './reports/model'

/**
 * Who may read a file is decided by what it is attached to — the one place that says so:
 * - `uploads/<openid>/…` (not attached yet): nobody here — its uploader reads it straight from
 *   storage, as the storage rules allow; a function can't tell who uploaded a file;
 * - `attached/reports/<id>/…`: whoever may open that report (reporter, followers, the current
 *   handler's staff, the street office — reports/access.ts), if the report really holds the file
 *   (its photos or an event's photos) and, for all but the office, it is not hidden (a photo
 *   WeChat's content security found unacceptable: media-verdict.ts);
 * - `attached/applications/<id>/…`: the applicant and the street office, if the application
 *   holds it;
 * - anything else: nobody (functions only).
 */
export async function readableFiles(ctx: ActionContext, fileIDs: string[]): Promise<Set<string>> {
  const ok = new Set<string>()
  if (!ctx.openid) return ok
  const byRecord = new Map<string, string[]>()
  for (const id of fileIDs) {
    const path = pathOfFileID(id)?.split('/') ?? []
    if (path[0] === ATTACHED_ROOT && path.length === 4) {
      const key = `${path[1]}/${path[2]}`
      byRecord.set(key, [...(byRecord.get(key) ?? []), id])
    }
  }
  for (const [key, ids] of byRecord) {
    const [kind, recordId] = key.split('/')
    const held = await heldFiles(ctx, kind, recordId)
    for (const id of ids) if (held.has(id)) ok.add(id)
  }
  return ok
}

/** The files a record holds that this caller may see; empty when they may not see the record. */
async function heldFiles(ctx: ActionContext, kind: string, id: string): Promise<Set<string>> {
  if (kind === 'reports') {
    const r = await findById<StoredReport>(ctx.db, COLL.reports, id)
    if (!r || !canView(r, ctx)) return new Set()
    const files = [...r.photos, ...r.events.flatMap((e) => e.photos ?? [])]
    return new Set(shownFiles(files, r.hiddenFiles, ctx.role === 'office'))
  }
  if (kind === 'applications') {
    const a = await findById<StoredApplication>(ctx.db, COLL.applications, id)
    if (!a || (ctx.role !== 'office' && a.applicantOpenid !== ctx.openid)) return new Set()
    return new Set(
      shownFiles(a.attachments, a.hiddenFiles, ctx.role === 'office').map((f) => f.fileID),
    )
  }
  return new Set()
}

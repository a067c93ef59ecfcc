import { pathOfFileID } from '../shared/uploads'
import type { StoredApplication } from './certificates/model'
import { ATTACHED_ROOT } from './claim'
import type { ActionContext } from './context'
import { shownFiles } from './media-check'
import { filerHoldsGrid } from './on-behalf'
import { COLL, findById } from './db'
import { sees } from '../shared/privacy'
import { canView, relationsTo, viewerOf } from './reports/access'
import type { StoredReport } from './reports/model'
import { callerScope, inScope } from './street-scope'

/**
 * Who may read a file is decided by what it is attached to — the one place that says so:
 * - `uploads/<openid>/…` (not attached yet): nobody here — its uploader reads it straight from
 *   storage, as the storage rules allow; a function can't tell who uploaded a file;
 * - `attached/reports/<id>/…`: whoever may open that report (reporter, followers, the current
 *   handler's staff, the street office — reports/access.ts), if the report really holds the file
 *   (its photos or an event's photos) and, for all but the office, it is not hidden (a photo
 *   WeChat's content security found unacceptable: media-verdict.ts); its voice clip only to the
 *   privacy table's voiceClip row (reporter, handler, office — not followers);
 * - `attached/applications/<id>/…`: the applicant, the street office and the grid worker who
 *   filed it (代办) while they hold the applicant's grid, if the application holds it;
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
    if (!r) return new Set()
    const viewer = await viewerOf(ctx)
    if (!canView(r, viewer)) return new Set()
    const voice = r.voice && sees('voiceClip', relationsTo(r, viewer)) ? [r.voice.fileID] : []
    const files = [...r.photos, ...r.events.flatMap((e) => e.photos ?? []), ...voice]
    return new Set(shownFiles(files, r.hiddenFiles, ctx.role === 'office'))
  }
  if (kind === 'applications') {
    const a = await findById<StoredApplication>(ctx.db, COLL.applications, id)
    // The office of the application's street only (street-scope.ts).
    const may =
      !!a &&
      ((ctx.role === 'office' && inScope(await callerScope(ctx), a)) ||
        a.applicantOpenid === ctx.openid ||
        (await filerHoldsGrid(ctx, a.proxy, a.form.address?.buildingId)))
    if (!a || !may) return new Set()
    return new Set(
      shownFiles(a.attachments, a.hiddenFiles, ctx.role === 'office').map((f) => f.fileID),
    )
  }
  return new Set()
}

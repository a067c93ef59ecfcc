import { claimReportFiles } from '@server/claim'
import { checkText } from '@server/content-check'
import { partyFor, requireContact } from '@server/on-behalf'
import { findByRequest, nextReportNo } from '@server/reports/model'
import { findHandler, resolvePlace, storedPlace } from '@server/reports/routing'
import { fileReport, freshClock } from '@server/reports/transition'
import { toSummary } from '@server/reports/view'
import type { Action } from '@server/router'
import { slaSettings } from '@server/settings'
import { newId } from '@shared/ids'
import { categoryOf, searchTerms, validateReportInput, type ReportInput } from '@shared/reports'
import { enforceLimits } from '@server/rate-limit'

/**
 * `report.create`: validate (the app's own validator), route to the handler, set the deadlines,
 * claim the photos and the voice clip (claim.ts: the caller's own images and audio, cleaned and copied where no client can
 * replace them), then file it (first event, handler told). The client's requestId makes a
 * retry return the first report.
 */
export const create: Action<'report.create', ReportInput> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  validate: validateReportInput,
  async handle(ctx, input) {
    const { db, openid, now } = ctx
    const earlier = await findByRequest(db, openid, input.requestId)
    if (earlier) return { report: toSummary(earlier, ctx), duplicate: true }
    // Before anything is stored, photos included.
    await checkText(ctx, [input.description], 2)
    const place = await resolvePlace(db, input.location)
    const handler = await findHandler(db, input.target, place)
    // Whom it is for (代报: src/server/on-behalf.ts) and how they are reached, before anything counts.
    const party = await partyFor(ctx, input.onBehalf, place.grid._id)
    requireContact(party, input.noCallback)
    // Counted once the report is known to be good, so a corrected retry costs nothing extra.
    await enforceLimits(ctx, ['reportPerUserHour', 'reportPerUserDay', 'reportPerIpHour'])
    const attached = input.photos.length + (input.voice ? 1 : 0)
    if (attached) await enforceLimits(ctx, ['attachPerUserDay'], attached)
    const at = now()
    // The report belongs to the street of its place (its grid's): that street's office sees it,
    // and its time limits are that street's.
    const streetId = place.grid.streetId ?? ''
    const { limits } = await slaSettings(db, streetId)
    const clock = freshClock(input, at, limits)
    const id = newId('r')
    // Photos and the voice clip are all checked before any is copied: a refusal stores nothing.
    const files = await claimReportFiles(ctx, id, input.photos, input.voice?.fileID)
    const doc = {
      _id: id,
      no: await nextReportNo(db, streetId, at),
      streetId,
      requestKey: `${openid}:${input.requestId}`,
      requestId: input.requestId,
      reporterOpenid: party.openid,
      reporter: { name: party.name, phone: party.phone },
      ...(party.proxy ? { proxy: party.proxy } : {}),
      ...(input.noCallback ? { noCallback: true } : {}),
      target: input.target,
      categoryKey: input.categoryKey,
      taxonomyCode: categoryOf(input.categoryKey).taxonomyCode,
      description: input.description,
      // The office's search by words (search-terms.ts): served by the terms index.
      terms: searchTerms(input.description),
      photos: files.photos,
      ...(files.voice && input.voice
        ? { voice: { fileID: files.voice, seconds: input.voice.seconds } }
        : {}),
      location: input.location,
      place: storedPlace(place),
      urgency: input.urgency,
      state: 'submitted' as const,
      version: 1,
      handler,
      deadlines: clock.deadlines,
      followers: [],
      clockStart: at,
      createdAt: at,
      updatedAt: at,
    }
    if (!(await fileReport(ctx, doc))) {
      // Two taps raced past the lookup: the unique requestKey let exactly one in.
      const first = await findByRequest(db, openid, input.requestId)
      if (first) return { report: toSummary(first, ctx), duplicate: true }
    }
    return { report: toSummary({ ...doc, events: [] }, ctx), duplicate: false }
  },
}

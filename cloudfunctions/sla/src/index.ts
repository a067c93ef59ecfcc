import { initCloud } from '@server/cloud'
import { officeDigest } from '@server/digest'
import { followDigest } from '@server/follows/digest'
import { webUser } from '@server/identity'
import { isClientCall, isMediaCheckPush, onMediaCheck } from '@server/media-verdict'
import { drainOutbox } from '@server/outbox'
import { retryPushes } from '@server/push-retry'
import { backfillTerms } from '@server/reports/terms-backfill'
import { backfillStreets } from '@server/street-backfill'
import { createRouter, platformClock as now } from '@server/router'
import { isPlatformTimer } from '@server/trigger'
import { upkeep } from '@server/upkeep'
import { AppError } from '@shared/errors'
import { limits, setLimits } from './limits'
import { phrases, savePhrases } from './phrases'
import { sweep } from './sweep'

const cloud = initCloud()
const router = createRouter(cloud, {
  'sla.limits': limits,
  'sla.setLimits': setLimits,
  'sla.phrases': phrases,
  'sla.savePhrases': savePhrases,
})

/**
 * The `sla` function: its timer trigger (config.json, every minute) runs the sweep, delivers what
 * the outbox still holds (the recipients an action did not reach inline), sends the office's
 * daily digest and the district's follow digests once due, and resends failed subscribe messages; the street
 * office reads and edits the time limits and the 常用语 through its actions. It also receives
 * WeChat's `wxa_media_check` message push (cloudbase/message-push.json): an image check's verdict.
 */
export async function main(event: { Type?: string; action?: unknown; payload?: unknown }) {
  if (isMediaCheckPush(event)) {
    // WeChat's push, never a client's call; the answer WeChat expects is 'success'.
    if (isClientCall(cloud, webUser().uid))
      return { ok: false, error: new AppError('FORBIDDEN', '消息推送只能由平台发出').toBody() }
    const verdict = await onMediaCheck({ cloud, db: cloud.database(), now }, event)
    console.log(`[sla] wxa_media_check ${event.trace_id}: ${verdict}`)
    return 'success'
  }
  if (event?.Type === 'Timer') {
    // Only the platform's trigger may run the sweep: a client can send a Timer-shaped event.
    if (!isPlatformTimer(cloud))
      return { ok: false, error: new AppError('FORBIDDEN', '定时任务只能由平台触发').toBody() }
    const deps = { cloud, db: cloud.database(), now }
    const r = await sweep(deps)
    const digest = await officeDigest(deps)
    // The district's area subscriptions, due at the same hour (follows/digest.ts).
    const follows = await followDigest(deps)
    // After the sweep and digest, so their notices beyond the inline few go out this round.
    const outbox = await drainOutbox(deps)
    // After the sends, so their own failed pushes wait for the next round's backoff.
    const pushes = await retryPushes(deps)
    // Upkeep last: old reports' search terms, a bounded batch a round (terms-backfill.ts).
    const terms = await backfillTerms(deps.db, now())
    // Data from before streets gets its street, a bounded batch a round (street-backfill.ts).
    const streets = await backfillStreets(deps.db, now())
    // Bounded batches too: rollups of old reports, retention rules (src/server/upkeep.ts).
    const kept = await upkeep(deps)
    console.log(
      `[sla] reminded ${r.reminded}, escalated ${r.escalated}, closed ${r.closed}; ` +
        `follow digests ${follows ?? 0}; outbox ${outbox.delivered} delivered of ${outbox.events} events; ` +
        `pushes resent ${pushes.sent}, failed ${pushes.failed}, given up ${pushes.gaveUp}; ` +
        `terms filled ${terms.filled}; streetId filled ${streets.filled}` +
        (streets.unplaced ? `, ${streets.unplaced} without a street to go to` : '') +
        (streets.waiting ? ' (waiting for a street: the district creates it)' : '') +
        `; upkeep ${JSON.stringify(kept)}`,
    )
    return { ...r, digest, follows, outbox, pushes, terms, streets, upkeep: kept }
  }
  return router(event)
}

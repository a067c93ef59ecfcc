import { COLL, type Database } from './db'
import { officeOpenids } from './notify'

/**
 * Which street-office users hear of one event, rather than every office user of every event.
 * An office user is told of an item they already took part in (dispatched, reviewed, returned,
 * filed): that case is theirs. Work that lands on the office's desk with nobody's name on it
 * yet goes to the office as a whole only when it cannot wait (`urgent`: a 吹哨 or a report
 * handed back); everything else — a new application, an overdue mark — is counted in the daily
 * digest (digest.ts) and shown in the console's queues instead of one message per event.
 */
export async function officeAudience(
  db: Database,
  events: ReadonlyArray<{ byOpenid?: string; byRole?: string }>,
  urgent: boolean,
  /** The street of the item: only its office hears of it. */
  streetId?: string,
): Promise<string[]> {
  const involved = [
    ...new Set(events.filter((e) => e.byRole === 'office' && e.byOpenid).map((e) => e.byOpenid!)),
  ]
  if (involved.length) {
    // Still office users: someone who left the office hears nothing of its work.
    const { data } = await db
      .collection(COLL.users)
      .where({ _id: db.command.in(involved), role: 'office' })
      .limit(100)
      .get()
    const still = (data as Array<{ _id: string }>).map((u) => u._id)
    if (still.length) return still
  }
  return urgent ? officeOpenids(db, streetId) : []
}

import type { SlaSettings } from '../shared/contracts/sla'
import { AUTO_CLOSE_DAYS, DEFAULT_LIMITS } from '../shared/reports'
import { DEFAULT_CALENDAR, type WorkCalendar } from '../shared/time'
import { COLL, type CollectionName, type Database } from './db'

export type { SlaSettings }

/**
 * Settings a street keeps for itself (issue 20): its own document `<id>-<street>` (as
 * `phrases-<street>`), else the district-wide default stored unkeyed (`<id>`: what one street
 * saved before streets existed), else the built-in default. One read: both ids by `_id`.
 */
export const streetDocId = (id: string, streetId: string) => `${id}-${streetId}`

/** The documents `ids` of `coll` that exist, by id (one query, served by `_id`). */
export async function docsById<T>(
  db: Database,
  coll: CollectionName,
  ids: string[],
): Promise<Map<string, T>> {
  const { data } = await db
    .collection(coll)
    .where({ _id: db.command.in(ids) })
    .limit(ids.length)
    .get()
  return new Map((data as Array<T & { _id: string }>).map((d) => [d._id, d]))
}

/** The street's own settings document `id`, else the district's default, else null. */
async function streetOrDefault<T>(db: Database, id: string, streetId?: string | null) {
  const own = streetId ? streetDocId(id, streetId) : null
  const docs = await docsById<T>(db, COLL.settings, own ? [own, id] : [id])
  return (own && docs.get(own)) || docs.get(id) || null
}

/** The time limits and the auto-close delay of a street (reports are judged by their street's). */
export async function slaSettings(db: Database, streetId?: string | null): Promise<SlaSettings> {
  const s = await streetOrDefault<Partial<SlaSettings>>(db, 'sla', streetId)
  return { limits: s?.limits ?? DEFAULT_LIMITS, autoCloseDays: s?.autoCloseDays ?? AUTO_CLOSE_DAYS }
}

/** A street's working-day calendar (holidays and 调休), or the default until its office saves one. */
export async function workCalendar(db: Database, streetId?: string | null): Promise<WorkCalendar> {
  const c = await streetOrDefault<Partial<WorkCalendar>>(db, 'calendar', streetId)
  return c?.holidays && c.workdays
    ? { holidays: c.holidays, workdays: c.workdays }
    : DEFAULT_CALENDAR
}

/** Stores a street's settings document whole, stamped with when it was saved. */
async function save(db: Database, id: string, streetId: string, data: object, at: Date) {
  await db
    .collection(COLL.settings)
    .doc(streetDocId(id, streetId))
    .set({ data: { ...data, streetId, updatedAt: at } })
}

export const saveSlaSettings = (db: Database, streetId: string, s: SlaSettings, at: Date) =>
  save(db, 'sla', streetId, s, at)

export const saveWorkCalendar = (db: Database, streetId: string, c: WorkCalendar, at: Date) =>
  save(db, 'calendar', streetId, c, at)

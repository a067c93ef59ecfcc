import type { SlaSettings } from '../shared/contracts/sla'
import { AUTO_CLOSE_DAYS, DEFAULT_LIMITS } from '../shared/reports'
import { DEFAULT_CALENDAR, type WorkCalendar } from '../shared/time'
import { COLL, findById, type Database } from './db'

export type { SlaSettings }

export async function slaSettings(db: Database): Promise<SlaSettings> {
  const s = await findById<Partial<SlaSettings>>(db, COLL.settings, 'sla')
  return { limits: s?.limits ?? DEFAULT_LIMITS, autoCloseDays: s?.autoCloseDays ?? AUTO_CLOSE_DAYS }
}

/** The working-day calendar (holidays and 调休), or the built-in default until the office saves one. */
export async function workCalendar(db: Database): Promise<WorkCalendar> {
  const c = await findById<Partial<WorkCalendar>>(db, COLL.settings, 'calendar')
  return c?.holidays && c.workdays
    ? { holidays: c.holidays, workdays: c.workdays }
    : DEFAULT_CALENDAR
}

/** Stores one settings document whole, stamped with when it was saved. */
async function save(db: Database, id: 'sla' | 'calendar', data: object, at: Date): Promise<void> {
  await db
    .collection(COLL.settings)
    .doc(id)
    .set({ data: { ...data, updatedAt: at } })
}

export const saveSlaSettings = (db: Database, s: SlaSettings, at: Date) => save(db, 'sla', s, at)

export const saveWorkCalendar = (db: Database, c: WorkCalendar, at: Date) =>
  save(db, 'calendar', c, at)

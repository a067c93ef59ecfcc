import type { SlaSettings } from '../shared/contracts/sla'
import { AUTO_CLOSE_DAYS, DEFAULT_LIMITS } from '../shared/reports'
import { DEFAULT_CALENDAR, type WorkCalendar } from '../shared/time'
import type { Database } from './context'

/** The street office's settings, one document each in `settings`. */
export const SETTINGS = 'settings'

export type { SlaSettings }

export async function slaSettings(db: Database): Promise<SlaSettings> {
  const { data } = await db.collection(SETTINGS).where({ _id: 'sla' }).limit(1).get()
  const s = data[0] as Partial<SlaSettings> | undefined
  return { limits: s?.limits ?? DEFAULT_LIMITS, autoCloseDays: s?.autoCloseDays ?? AUTO_CLOSE_DAYS }
}

/** The working-day calendar (holidays and 调休), or the built-in default until the office saves one. */
export async function workCalendar(db: Database): Promise<WorkCalendar> {
  const { data } = await db.collection(SETTINGS).where({ _id: 'calendar' }).limit(1).get()
  const c = data[0] as Partial<WorkCalendar> | undefined
  return c?.holidays && c.workdays
    ? { holidays: c.holidays, workdays: c.workdays }
    : DEFAULT_CALENDAR
}

import { AUTO_CLOSE_DAYS, DEFAULT_LIMITS, type TimeLimitTable } from '../shared/reports'
import type { Database } from './context'

/** The street office's settings, one document each in `settings`. */
export const SETTINGS = 'settings'

export interface SlaSettings {
  limits: TimeLimitTable
  /** Days after 已办结 with no answer from the resident before it closes by itself. */
  autoCloseDays: number
}

export async function slaSettings(db: Database): Promise<SlaSettings> {
  const { data } = await db.collection(SETTINGS).where({ _id: 'sla' }).limit(1).get()
  const s = data[0] as Partial<SlaSettings> | undefined
  return { limits: s?.limits ?? DEFAULT_LIMITS, autoCloseDays: s?.autoCloseDays ?? AUTO_CLOSE_DAYS }
}

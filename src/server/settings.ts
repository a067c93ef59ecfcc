import type { SlaSettings } from '../shared/contracts/sla'
import { AUTO_CLOSE_DAYS, DEFAULT_LIMITS } from '../shared/reports'
import { COLL, findById, type Database } from './db'

export type { SlaSettings }

export async function slaSettings(db: Database): Promise<SlaSettings> {
  const s = await findById<Partial<SlaSettings>>(db, COLL.settings, 'sla')
  return { limits: s?.limits ?? DEFAULT_LIMITS, autoCloseDays: s?.autoCloseDays ?? AUTO_CLOSE_DAYS }
}

import type { TimeLimitTable } from '../reports'

/** The street office's time limits (限时办结) and the days before 已办结 closes by itself. */
export interface SlaSettings {
  limits: TimeLimitTable
  /** Days after 已办结 with no answer from the resident before it closes by itself. */
  autoCloseDays: number
}

export interface SlaActions {
  'sla.limits': { req: Record<string, never>; res: SlaSettings }
  'sla.setLimits': { req: SlaSettings; res: SlaSettings }
}

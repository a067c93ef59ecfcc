import type { PhraseBook, SavePhrases } from '../phrases'
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
  /** 常用语: the lists of the actions the caller writes text for (src/shared/phrases.ts). */
  'sla.phrases': { req: Record<string, never>; res: PhraseBook }
  /** The office replaces one action's list, conditional on the version it edited. */
  'sla.savePhrases': { req: SavePhrases; res: PhraseBook }
}

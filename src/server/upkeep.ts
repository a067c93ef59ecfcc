import type { Cloud } from './context'
import type { Database } from './db'
import { rebuildRollups } from './figures/rollup-rebuild'
import { applyRetention } from './retention'

export interface UpkeepResult {
  /** Reports of before the rollups counted in them this round (figures/rollup-rebuild.ts). */
  rolledUp: number
  /** Expired documents deleted this round, per retention rule. */
  removed: Record<string, number>
}

/**
 * The sla timer's data upkeep, run last in each round, each part a bounded batch: the rollups of
 * reports stored before rollups existed, then the retention rules (retention.ts).
 */
export async function upkeep(deps: {
  cloud: Cloud
  db: Database
  now: () => Date
}): Promise<UpkeepResult> {
  const { counted } = await rebuildRollups(deps.db)
  const removed = await applyRetention(deps)
  return { rolledUp: counted, removed }
}

import type { Database } from '../src/db/database'
import type { Doc } from '../src/db/values'
import * as haibei from './haibei'
import { rollupDocs, type RollupInput } from '../../src/shared/figures'
import { demoReports } from './reports'

/** Collection → documents of the demo street, in the order they are inserted. */
export function demoCollections(now: number): Record<string, Doc[]> {
  const reports = demoReports(now)
  return {
    streets: [haibei.street],
    communities: haibei.communities,
    grids: haibei.grids,
    property_companies: haibei.propertyCompanies,
    compounds: haibei.compounds,
    buildings: haibei.buildings,
    users: haibei.users,
    reports,
    // The figures' rollups of those reports, as the functions' steps keep them.
    figure_rollups: rollupDocs(reports as unknown as RollupInput[]) as Doc[],
  }
}

/** Seeds 海北街道 into an empty database; returns how many documents were written. */
export async function seedDemo(db: Database, now: number): Promise<number> {
  let n = 0
  for (const [coll, docs] of Object.entries(demoCollections(now))) {
    const stamped = docs.map((d) => ({ createdAt: new Date(now), ...d }))
    await db.insert(coll, stamped)
    n += stamped.length
  }
  return n
}

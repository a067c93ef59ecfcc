import type { Database } from '../src/db/database'
import type { Doc } from '../src/db/values'
import * as fenghuang from './fenghuang'
import * as haibei from './haibei'
import { rollupDocs, type RollupInput } from '../../src/shared/figures'
import { demoPhrases } from './phrases'
import { demoReports } from './reports'

/** 海北's places and staff carry its street (issue 20: every place and staff role belongs to one). */
const inHaibei = <T extends object>(docs: T[]): T[] =>
  docs.map((d) => ({ streetId: haibei.street._id, ...d }))
const haibeiUsers = haibei.users.map((u) => (u.role === 'resident' ? u : inHaibei([u])[0]))

/** The district's supervisor: reads every street, urges (督办), handles nothing. */
const district = {
  _id: 'demo-district-1',
  role: 'district',
  name: '刘科长',
  label: '区级 刘科长（区综治中心）',
  demo: true,
  phone: '13604730099',
}

/** Collection → documents of the demo streets, in the order they are inserted. */
export function demoCollections(now: number): Record<string, Doc[]> {
  const reports = inHaibei(demoReports(now))
  return {
    streets: [haibei.street, fenghuang.street],
    communities: [...haibei.communities, ...fenghuang.communities],
    grids: [...inHaibei(haibei.grids), ...fenghuang.grids],
    property_companies: [...inHaibei(haibei.propertyCompanies), ...fenghuang.propertyCompanies],
    compounds: [...inHaibei(haibei.compounds), ...fenghuang.compounds],
    buildings: [...inHaibei(haibei.buildings), ...fenghuang.buildings],
    users: [...haibeiUsers, ...fenghuang.users, district],
    reports,
    // The figures' rollups of those reports, as the functions' steps keep them.
    figure_rollups: rollupDocs(reports as unknown as RollupInput[]) as Doc[],
    settings: [demoPhrases],
  }
}

/** Seeds the demo streets (海北街道 and 凤凰岭街道) into an empty database; returns how many documents were written. */
export async function seedDemo(db: Database, now: number): Promise<number> {
  let n = 0
  for (const [coll, docs] of Object.entries(demoCollections(now))) {
    const stamped = docs.map((d) => ({ createdAt: new Date(now), ...d }))
    await db.insert(coll, stamped)
    n += stamped.length
  }
  return n
}

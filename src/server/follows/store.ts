import type { FollowsView } from '../../shared/contracts/follows'
import { AppError } from '../../shared/errors'
import type { Follow } from '../../shared/follows'
import { categoryLabel, RESIDENT_CATEGORIES } from '../../shared/reports'
import { COLL, loadAll, type Database } from '../db'
import { allStreets } from '../street-scope'

/**
 * The district's follows (`district_follows`): one document per supervisor and category, `_id`
 * `<openid>~<category>`, so following again replaces the streets instead of adding a row, and the
 * digest reads a supervisor's follows through the index on `openid`.
 */
export interface FollowDoc {
  _id: string
  openid: string
  category: string
  /** Empty: every street. */
  streetIds: string[]
  updatedAt: Date
}

const followId = (openid: string, category: string) => `${openid}~${category}`

/** The follows of these supervisors, by openid, each in the catalogue's order. */
export async function followsOf(db: Database, openids: string[]): Promise<Map<string, Follow[]>> {
  const out = new Map<string, Follow[]>()
  const order = RESIDENT_CATEGORIES.map((c) => c.key)
  for (let i = 0; i < openids.length; i += 100) {
    const chunk = openids.slice(i, i + 100)
    const docs = await loadAll<FollowDoc>(db, COLL.follows, { openid: db.command.in(chunk) })
    for (const d of docs) {
      const f: Follow = {
        category: d.category,
        label: categoryLabel(d.category),
        streetIds: d.streetIds,
      }
      out.set(d.openid, [...(out.get(d.openid) ?? []), f])
    }
  }
  for (const list of out.values())
    list.sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category))
  return out
}

/** The section's view: the caller's follows and what they can choose from. */
export async function followsView(db: Database, openid: string): Promise<FollowsView> {
  const [mine, streets] = await Promise.all([followsOf(db, [openid]), allStreets(db)])
  return {
    follows: mine.get(openid) ?? [],
    categories: RESIDENT_CATEGORIES.map((c) => ({ key: c.key, label: c.label })),
    streets: streets.map((s) => ({ id: s._id, name: s.name })),
  }
}

/** Follows a category (the streets checked to exist); again replaces its streets. */
export async function saveFollow(
  db: Database,
  openid: string,
  f: { category: string; streetIds: string[] },
  now: Date,
): Promise<void> {
  if (f.streetIds.length) {
    const known = new Set((await allStreets(db)).map((s) => s._id))
    if (!f.streetIds.every((id) => known.has(id)))
      throw new AppError('INVALID_INPUT', '所选街道不存在，请刷新后重新选择', {
        streetIds: '请从列表中选择街道',
      })
  }
  // The whole document: following again replaces the streets (a set is an upsert by id).
  await db
    .collection(COLL.follows)
    .doc(followId(openid, f.category))
    .set({ data: { openid, category: f.category, streetIds: f.streetIds, updatedAt: now } })
}

/** Stops following a category (nothing to stop is no error: the caller's wish holds). */
export async function removeFollow(db: Database, openid: string, category: string): Promise<void> {
  await db.collection(COLL.follows).doc(followId(openid, category)).remove()
}

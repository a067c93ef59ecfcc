import { TEMPLATES, type TemplateKey } from '../shared/subscribe'
import { COLL, findById, type Database } from './db'
import { isLongTerm, templateId } from './templates'

/**
 * The grant ledger: one row per user and template (`_id` `<openid>:<templateId>`) counting the
 * sends WeChat allows — each 'accept' to wx.requestSubscribeMessage banks one, each subscribe
 * message sent spends one. The rules are the pure functions below; the database calls apply them
 * with conditional updates so two sends can never spend the same grant.
 */

/** With this many left (or fewer), the inbox asks for more before they run out. */
export const ASK_AGAIN_AT = 3

export interface GrantEntry {
  count: number
  banked: number
  spent: number
}

export const EMPTY: GrantEntry = { count: 0, banked: 0, spent: 0 }

export function bank(e: GrantEntry, n: number): GrantEntry {
  if (!Number.isInteger(n) || n < 1) throw new Error('bank: a positive whole number of grants')
  return { count: e.count + n, banked: e.banked + n, spent: e.spent }
}

/**
 * One send made: a one-time grant is used up by it; a long-term one (长期订阅) stays until the user
 * turns it off. Null when none is held (then no subscribe message may go).
 */
export function spend(e: GrantEntry, longTerm = false): GrantEntry | null {
  if (e.count <= 0) return null
  return { count: longTerm ? e.count : e.count - 1, banked: e.banked, spent: e.spent + 1 }
}

/** A long-term grant is never "running out": asked again only once it is gone. */
export function standing(
  e: GrantEntry,
  longTerm = false,
): { remaining: number; askAgain: boolean } {
  return { remaining: e.count, askAgain: longTerm ? e.count <= 0 : e.count <= ASK_AGAIN_AT }
}

const rowId = (openid: string, tplId: string) => `${openid}:${tplId}`

/** Banks `n` grants of a template (an upsert: the first accept creates the row). */
export async function bankGrants(
  db: Database,
  openid: string,
  tplId: string,
  n: number,
  at: Date,
): Promise<void> {
  bank(EMPTY, n) // the same check as the rule
  const _ = db.command
  const ref = db.collection(COLL.grants).doc(rowId(openid, tplId))
  const inc = { count: _.inc(n), banked: _.inc(n), updatedAt: at }
  const r = await ref.update({ data: inc })
  if (r.stats?.updated) return
  await ref
    .set({ data: { openid, templateId: tplId, ...bank(EMPTY, n), updatedAt: at } })
    // Another accept created it meanwhile: add to theirs.
    .catch(() => ref.update({ data: inc }))
}

/**
 * Spends one grant if one is left (`spend`'s rule): a conditional decrement, so a grant is spent
 * once; a long-term grant is only checked and counted, and stays.
 */
export async function spendGrant(
  db: Database,
  openid: string,
  tplId: string,
  longTerm = false,
): Promise<boolean> {
  const _ = db.command
  const r = await db
    .collection(COLL.grants)
    .where({ _id: rowId(openid, tplId), count: _.gt(0) })
    .update({ data: { count: _.inc(longTerm ? 0 : -1), spent: _.inc(1) } })
  return Boolean(r.stats?.updated)
}

/** A long-term accept: held once, however often the user accepts again. */
export async function holdGrant(db: Database, openid: string, tplId: string, at: Date) {
  const row = await findById<Partial<GrantEntry>>(db, COLL.grants, rowId(openid, tplId))
  if (!row) return bankGrants(db, openid, tplId, 1, at)
  if (!((row.count ?? 0) > 0))
    await db
      .collection(COLL.grants)
      .doc(rowId(openid, tplId))
      .update({ data: { count: 1, banked: db.command.inc(1), updatedAt: at } })
}

/** A long-term grant turned off (the user's reject/ban, or WeChat's 43101): nothing more is sent. */
export async function dropGrant(db: Database, openid: string, tplId: string): Promise<void> {
  await db
    .collection(COLL.grants)
    .where({ _id: rowId(openid, tplId) })
    .update({ data: { count: 0 } })
}

/** The caller's standing for every template: what the inbox shows and when it asks again. */
export async function grantStanding(db: Database, openid: string) {
  const keys = Object.keys(TEMPLATES) as TemplateKey[]
  const rows = await Promise.all(
    keys.map((k) => findById<Partial<GrantEntry>>(db, COLL.grants, rowId(openid, templateId(k)))),
  )
  return keys.map((key, i) => ({
    template: key,
    templateId: templateId(key),
    ...standing({ ...EMPTY, ...(rows[i] ?? {}) }, isLongTerm(key)),
  }))
}

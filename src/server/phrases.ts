import { AppError } from '../shared/errors'
import { readableKeys, type PhraseBook, type PhraseKey, type SavePhrases } from '../shared/phrases'
import type { Role } from '../shared/roles'
import { COLL, findById, type Database } from './db'

/**
 * 常用语 are one settings document (`settings/phrases`): every list and one version, so a save
 * is a conditional update on the version the office edited — two clerks editing at once cannot
 * silently undo each other's lists.
 */
const ID = 'phrases'

interface StoredBook {
  lists?: Partial<Record<PhraseKey, string[]>>
  version?: number
}

/** The lists the role may read (empty ones included, so the office's page shows every action). */
export async function phraseBook(db: Database, role: Role): Promise<PhraseBook> {
  const doc = await findById<StoredBook>(db, COLL.settings, ID)
  const lists: PhraseBook['lists'] = {}
  for (const k of readableKeys(role)) lists[k] = doc?.lists?.[k] ?? []
  return { lists, version: doc?.version ?? 0 }
}

/** Replaces one list if the book is still at `s.version`; CONFLICT (nothing written) otherwise. */
export async function savePhrases(db: Database, s: SavePhrases, at: Date): Promise<void> {
  // The document exists before the conditional update, so the first save is conditional too.
  if (!(await findById(db, COLL.settings, ID)))
    await db
      .collection(COLL.settings)
      .add({ data: { _id: ID, lists: {}, version: 0, updatedAt: at } })
      .catch(() => undefined) // another save created it first
  const res = await db
    .collection(COLL.settings)
    .where({ _id: ID, version: s.version })
    .update({ data: { [`lists.${s.key}`]: s.phrases, version: s.version + 1, updatedAt: at } })
  if (!res.stats.updated) throw new AppError('CONFLICT', '常用语刚被其他同事修改过，请刷新后再改')
}

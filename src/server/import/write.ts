import type { ImportCounts, ImportKind } from '../../shared/contracts/street-import'
import { loadAll, type Database } from '../db'
import { SHEETS } from './sheets'
import type { Existing, Planned } from './validate'

/**
 * Writes a checked import all or nothing, in ONE `db.runTransaction`. CloudBase allows only
 * single-document operations inside a transaction (doc(id).get/set/update/remove — no batch
 * writes, no queries) and rolls back a transaction not committed within its lifetime (the
 * emulator: 10 s, TXN_TIMEOUT_MS), so the street's items are read BEFORE it (one query per
 * collection) and the transaction only `set`s whole documents, a few at a time in parallel.
 * An item found by its code keeps what the office has added since (a grid's worker and
 * helpers): the file's columns replace only the columns it has.
 */

/** The street's items per sheet (to match codes and keep what the file does not carry). */
export async function loadStreet(
  db: Database,
  streetId: string,
): Promise<Record<ImportKind, Existing[]>> {
  const out = {} as Record<ImportKind, Existing[]>
  for (const def of SHEETS) out[def.kind] = await loadAll<Existing>(db, def.coll, { streetId })
  return out
}

/** What a new grid gets besides the file's columns (the office fills these in later). */
const NEW_GRID = { workerOpenid: '', helpers: [], duties: '', workingHours: '', retired: false }

/** Parallel writes per round inside the transaction: short rounds keep it well inside its lifetime. */
const ROUND = 25

export async function writeImport(
  db: Database,
  plan: Record<ImportKind, Planned[]>,
  existing: Record<ImportKind, Existing[]>,
  at: Date,
): Promise<Record<ImportKind, ImportCounts>> {
  const counts = {} as Record<ImportKind, ImportCounts>
  const writes: Array<{ coll: string; id: string; data: object }> = []
  for (const def of SHEETS) {
    const byId = new Map(existing[def.kind].map((d) => [d._id, d]))
    const c = (counts[def.kind] = { created: 0, updated: 0 })
    for (const p of plan[def.kind]) {
      const before = byId.get(p.id)
      if (before) c.updated++
      else c.created++
      // The stored document minus its _id (set() takes the id from doc()).
      const kept: Partial<Existing> = { ...(before ?? (def.kind === 'grids' ? NEW_GRID : {})) }
      delete kept._id
      writes.push({
        coll: def.coll,
        id: p.id,
        data: { ...kept, ...p.fields, ...(before ? {} : { createdAt: at }), updatedAt: at },
      })
    }
  }
  await db.runTransaction(async (tx) => {
    for (let i = 0; i < writes.length; i += ROUND) {
      await Promise.all(
        writes.slice(i, i + ROUND).map((w) =>
          tx
            .collection(w.coll as never)
            .doc(w.id)
            .set({ data: w.data }),
        ),
      )
    }
  })
  return counts
}

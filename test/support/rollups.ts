import { cellsDelta, rollupDoc, rollupDocs, type RollupInput } from '@shared/figures'
import { readAll } from './read-all'
import type { WxCloud } from './sdk'

type Doc = Record<string, unknown>

/** Every numeric leaf of a rollup document as a dotted path. */
function leaves(o: Doc, prefix = ''): Array<[string, number]> {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'number'
      ? [[prefix + k, v] as [string, number]]
      : v && typeof v === 'object'
        ? leaves(v as Doc, `${prefix}${k}.`)
        : [],
  )
}

/** Adds to a rollup document's numbers, or creates it as `doc` (as a step's write does). */
async function incOrCreate(cloud: WxCloud, id: string, add: Array<[string, number]>, doc: Doc) {
  const db = cloud.database()
  const ref = db.collection('figure_rollups').doc(id)
  const res = await ref.update({
    data: Object.fromEntries(add.map(([p, v]) => [p, db.command.inc(v)])),
  })
  if (!res.stats.updated) await ref.set({ data: doc })
}

/**
 * Adds to the stored rollups what reports written straight into the database (a test's
 * generated year) would have added through the functions' steps: the same cells
 * (src/shared/figures/rollup.ts), incremented into existing days or created.
 */
export async function addRollups(cloud: WxCloud, reports: readonly object[]): Promise<void> {
  const docs = rollupDocs(reports as unknown as RollupInput[])
  for (let i = 0; i < docs.length; i += 20)
    await Promise.all(
      docs.slice(i, i + 20).map(async ({ _id, day, kind, key, ...sums }) => {
        await incOrCreate(cloud, String(_id), leaves(sums), { day, kind, key, ...sums })
      }),
    )
}

/** The stored rollups, each without its `_id` (for comparing with `rollupDocs`). */
export async function storedRollups(cloud: WxCloud): Promise<Map<string, Doc>> {
  const docs = await readAll<Doc>(cloud, 'figure_rollups')
  return new Map(docs.map((d) => [String(d._id), d]))
}

/**
 * Changes a stored report outside the functions (a test staging a state the timer would reach)
 * and its counters with it, as a step does (cellsDelta of before and after), so the badges
 * read from the counters see what the reports say.
 */
export async function patchReport(cloud: WxCloud, id: string, patch: object): Promise<void> {
  const db = cloud.database()
  const before = (await db.collection('reports').doc(id).get()).data as RollupInput
  const after = { ...before, ...patch } as RollupInput
  await db.collection('reports').doc(id).update({ data: patch })
  for (const [cell, fields] of cellsDelta(before, after)) {
    const doc: Doc = rollupDoc(cell, fields)
    delete doc._id
    await incOrCreate(cloud, cell, [...fields], doc)
  }
}

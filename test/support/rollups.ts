import { cellsDelta, rollupDoc, rollupDocs, type RollupInput } from '@shared/figures'
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

/**
 * Adds to the stored rollups what reports written straight into the database (a test's
 * generated year) would have added through the functions' steps: the same cells
 * (src/shared/figures/rollup.ts), incremented into existing days or created.
 */
export async function addRollups(cloud: WxCloud, reports: readonly object[]): Promise<void> {
  const db = cloud.database()
  const _ = db.command
  const docs = rollupDocs(reports as unknown as RollupInput[])
  for (let i = 0; i < docs.length; i += 20)
    await Promise.all(
      docs.slice(i, i + 20).map(async ({ _id, day, kind, key, ...sums }) => {
        const ref = db.collection('figure_rollups').doc(_id)
        const inc = Object.fromEntries(leaves(sums).map(([p, v]) => [p, _.inc(v)]))
        const res = await ref.update({ data: inc })
        if (!res.stats.updated) await ref.set({ data: { day, kind, key, ...sums } })
      }),
    )
}

/** The stored rollups, each without its `_id` (for comparing with `rollupDocs`). */
export async function storedRollups(cloud: WxCloud): Promise<Map<string, Doc>> {
  const out = new Map<string, Doc>()
  for (let skip = 0; ; skip += 1000) {
    const { data } = await cloud
      .database()
      .collection('figure_rollups')
      .skip(skip)
      .limit(1000)
      .get()
    for (const d of data as Doc[]) out.set(String(d._id), d)
    if (data.length < 1000) return out
  }
}

/**
 * Changes a stored report outside the functions (a test staging a state the timer would reach)
 * and its counters with it, as a step does (cellsDelta of before and after), so the badges
 * read from the counters see what the reports say.
 */
export async function patchReport(cloud: WxCloud, id: string, patch: object): Promise<void> {
  const db = cloud.database()
  const _ = db.command
  const before = (await db.collection('reports').doc(id).get()).data as RollupInput
  const after = { ...before, ...patch } as RollupInput
  await db.collection('reports').doc(id).update({ data: patch })
  for (const [cell, fields] of cellsDelta(before, after)) {
    const ref = db.collection('figure_rollups').doc(cell)
    const inc = Object.fromEntries([...fields].map(([p, v]) => [p, _.inc(v)]))
    const res = await ref.update({ data: inc })
    if (!res.stats.updated) {
      const doc: Doc = rollupDoc(cell, fields)
      delete doc._id
      await ref.set({ data: doc })
    }
  }
}

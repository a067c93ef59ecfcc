import type { Collection } from './collection'
import type { Entry, HashIndex, Level } from './hash-index'
import { matches } from './match'
import { conditions, mergeRuns } from './plan'
import { pastRange, rangeTest } from './ranges'
import { sortDocs } from './query'
import { compare, type Doc } from './values'

/**
 * A sorted page read in index order, as CloudBase's MongoDB walks an index whose leading
 * fields the query fixes (equality / `$in`) and whose next field is the sort's first: only
 * until the page is full, instead of matching and sorting every candidate.
 *
 * The result is exactly the full-scan path's (matcher, then a stable sort of the `_id`-ordered
 * candidates): documents of one sort value come in `_id` order whichever the direction, the
 * sort's later fields order within that value, and the matcher has the last word on each.
 * An index qualifies only while every document holds one scalar per indexed field (no arrays or
 * objects, whose place in a sort their keys do not give) and is not sparse.
 *
 * Gives up (null) after examining `budget` documents: the caller then takes the candidates an
 * index lookup finds, so a page whose matches are rare costs at most twice that lookup.
 */
export function orderedPage(
  coll: Collection,
  query: Doc,
  order: Record<string, number>,
  want: number,
  budget: number,
): { docs: Doc[]; index: string } | null {
  const sort = Object.entries(order)
  if (!sort.length) return null
  const [first, dir] = sort[0]
  const conds = conditions(query) ?? new Map()
  // The longest equality prefix first (the fewest documents to walk); `irregular` builds an
  // index not yet used, so it is asked last.
  const best = coll.indexes
    .map((idx) => ({ idx, depth: idx.fields.indexOf(first) }))
    .filter(({ idx, depth }) => depth >= 0 && !idx.spec.sparse)
    .filter(({ idx, depth }) => idx.fields.slice(0, depth).every((f) => conds.get(f)?.keys))
    .sort((a, b) => b.depth - a.depth)
    .find(({ idx }) => idx.irregular === 0)
  if (!best) return null
  const { idx, depth } = best
  const prefix = idx.fields.slice(0, depth).map((f) => conds.get(f)!.keys!)
  const range = conds.get(first)?.range
  const inRange = range ? rangeTest(range) : () => true
  const pastEnd = pastRange(range ?? [], dir < 0)
  const rest = Object.fromEntries(sort.slice(1))
  const out: Doc[] = []
  let examined = 0
  for (const group of groups(idx, idx.levelsAt(prefix), dir < 0)) {
    if (pastEnd(group.value)) break
    if (!inRange(group.value)) continue
    examined += group.docs.length
    const hits = group.docs.filter((d) => matches(d, query))
    // One value may hold 100,000s of documents (a missing field): no spread of them as arguments.
    for (const d of sort.length > 1 ? sortDocs(hits, rest) : hits) out.push(d)
    if (out.length >= want) return { docs: out.slice(0, want), index: idx.spec.name }
    if (examined > budget) return null
  }
  return { docs: out, index: idx.spec.name }
}

/**
 * The documents of each sort value in order (descending if `desc`), each group in `_id` order:
 * the levels' sorted entries merged, and an entry's documents gathered from the index's later
 * fields when the sort field is not its last.
 */
function* groups(
  idx: HashIndex,
  levels: Level[],
  desc: boolean,
): Generator<{ value: unknown; docs: Doc[] }> {
  const lists = levels.map((l) => idx.inOrder(l))
  const at = lists.map((l) => (desc ? l.length - 1 : 0))
  const step = desc ? -1 : 1
  const live = (i: number) => at[i] >= 0 && at[i] < lists[i].length
  for (;;) {
    let head: unknown
    let found = false
    for (let i = 0; i < lists.length; i++) {
      if (!live(i)) continue
      const v = lists[i][at[i]].value
      if (!found || compare(v, head) * step < 0) head = v
      found = true
    }
    if (!found) return
    const runs: Doc[][] = []
    for (let i = 0; i < lists.length; i++) {
      if (!live(i) || compare(lists[i][at[i]].value, head) !== 0) continue
      runs.push(...docsUnder(lists[i][at[i]]))
      at[i] += step
    }
    yield { value: head, docs: mergeRuns(runs) }
  }
}

function docsUnder(e: Entry): Doc[][] {
  if (Array.isArray(e.child)) return [e.child]
  const out: Doc[][] = []
  for (const sub of e.child.next.values()) out.push(...docsUnder(sub))
  return out
}

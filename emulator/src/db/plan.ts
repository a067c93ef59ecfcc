import type { Collection } from './collection'
import type { FieldBound, HashIndex } from './hash-index'
import { compareIds, keyOf, type Key } from './keys'
import { isOperatorObject } from './match'
import { rangeTest } from './ranges'
import { isPlainObject, type Doc } from './values'

/** What the planner knows of one field from a query's top-level conjunction. */
interface FieldConds {
  keys?: Key[]
  range?: Array<[op: string, x: unknown]>
  /** `$all` of scalars: each element alone bounds a lookup (MongoDB uses one of them too). */
  all?: Key[]
}

/**
 * The documents a query could match, found through an index when one serves it: a superset
 * of the matches in `_id` order (the matcher has the last word, so results and their order
 * are exactly a scan's). `index` names what served it; null when nothing did (a full scan).
 *
 * Served: equality or `$in` of scalars on an index's leading fields (dotted paths included),
 * optionally a range on the field after them; `_id` equality/`$in`; `$or` whose every branch
 * is served; `$all` through any one element (the one with the fewest documents).
 */
export interface Plan {
  /** The candidates, in `_id` order (may be an index's own array: do not mutate). */
  docs: () => Doc[]
  index: string | null
  /** Every candidate matches (equality/`$in` on indexed fields only): no matcher needed. */
  covered: boolean
  /** How many candidates, when known without listing them. */
  size?: number
  /** At most how many candidates (what listing and matching them costs). */
  estimate: number
}

export function plan(coll: Collection, query: Doc): Plan {
  const byId = idLookup(coll, query)
  if (byId) return { docs: () => byId, index: '_id_', covered: false, estimate: byId.length }
  const conds = conditions(query)
  let best: { runs: Doc[][]; size: number; idx: HashIndex; bounds: FieldBound[] } | null = null
  // The `$all` variants repeat the other fields' lookups: each is made once.
  const seen = new Set<string>()
  const tries: Array<{ idx: HashIndex; bounds: FieldBound[] }> = []
  for (const variant of conds ? allVariants(conds) : []) {
    for (const idx of worthLooking(coll, variant)) {
      const bounds = boundsFor(idx, variant)
      if (!bounds) continue
      const sig = `${idx.spec.name}|${JSON.stringify(idx.fields.slice(0, bounds.length).map((f) => variant.get(f)))}`
      if (seen.has(sig)) continue
      seen.add(sig)
      tries.push({ idx, bounds })
    }
  }
  // An index every field of which is bounded is looked up without walking below its keys: first,
  // so a larger lookup after it stops as soon as it is larger (`cap`).
  const unbound = (t: (typeof tries)[number]) => t.idx.fields.length - t.bounds.length
  tries.sort((a, b) => unbound(a) - unbound(b))
  for (const { idx, bounds } of tries) {
    const runs = idx.lookup(bounds, best ? best.size : Infinity)
    if (!runs) continue
    const size = runs.reduce((n, r) => n + r.length, 0)
    if (!best || size < best.size) best = { runs, size, idx, bounds }
  }
  if (best) {
    const { runs, size, idx, bounds } = best
    const covered = isCovered(query, idx, bounds)
    return {
      docs: () => mergeRuns(runs),
      index: idx.spec.name,
      covered,
      // Without arrays a document sits under one key per field: the runs are disjoint.
      size: covered && !idx.multikey ? size : undefined,
      estimate: size,
    }
  }
  const or = orBranches(query)
  if (or) {
    const runs: Doc[][] = []
    const names = new Set<string>()
    let estimate = 0
    for (const branch of or) {
      const p = plan(coll, { ...withoutOr(query), ...branch } as Doc)
      if (!p.index) return scan(coll)
      runs.push(p.docs())
      names.add(p.index)
      estimate += p.estimate
    }
    return { docs: () => mergeRuns(runs), index: [...names].join('+'), covered: false, estimate }
  }
  return scan(coll)
}

const scan = (coll: Collection): Plan => ({
  docs: () => coll.docs,
  index: null,
  covered: false,
  estimate: coll.size,
})

/** The most `$all` elements tried as a lookup's key (a long phrase's first few suffice). */
const ALL_TRIED = 32

/**
 * `conds` as is, plus one variant per element of a `$all` (on a field with no keys of its own)
 * that looks that element up: the plan takes whichever finds the fewest candidates.
 */
function allVariants(conds: Map<string, FieldConds>): Array<Map<string, FieldConds>> {
  const out = [conds]
  for (const [field, c] of conds) {
    if (!c.all || c.keys) continue
    for (const k of c.all.slice(0, ALL_TRIED))
      out.push(new Map(conds).set(field, { ...c, keys: [k] }))
  }
  return out
}

/**
 * True when the lookup's keys are the whole query: only top-level equality / `$eq` / `$in`
 * conditions, each on a field the index looked up by key. A document is filed under a key
 * exactly when `$eq` of that key matches it (keys.ts), so every candidate matches.
 */
function isCovered(query: Doc, idx: HashIndex, bounds: FieldBound[]): boolean {
  const keyed = new Set(idx.fields.filter((_, i) => bounds[i]?.kind === 'keys'))
  return Object.entries(query).every(([f, cond]) => {
    if (!keyed.has(f)) return false
    if (!isOperatorObject(cond)) return !(cond instanceof RegExp) && scalarKeys([cond]) !== null
    const ops = Object.keys(cond)
    return ops.length === 1 && (ops[0] === '$eq' || ops[0] === '$in')
  })
}

/** `_id: x`, `_id: { $eq: x }` or `_id: { $in: [...] }` at the top level: lookups by id. */
function idLookup(coll: Collection, query: Doc): Doc[] | null {
  const ids = query._id
  let list: unknown[]
  if (isOperatorObject(ids)) {
    if ('$eq' in ids) list = [ids.$eq]
    else if (Array.isArray(ids.$in)) list = ids.$in
    else return null
  } else list = [ids]
  if (!scalarKeys(list) || list.includes(null) || list.includes(undefined)) return null
  const docs = list.map((id) => coll.get(id)).filter((d): d is Doc => !!d)
  const seen = new Set<Doc>()
  return docs.filter((d) => !seen.has(d) && seen.add(d)).sort((a, b) => compareIds(a._id, b._id))
}

/**
 * The indexes worth a lookup: of those bounding the same fields, one (a built one if any), and
 * none whose bound fields another bounds too, with more (its candidates include the other's).
 * A query builds few indexes on first use (HashIndex.built), not every one on its fields.
 */
function worthLooking(coll: Collection, conds: Map<string, FieldConds>): HashIndex[] {
  const shapes = coll.indexes
    .map((idx, i) => ({ idx, i, fields: boundFields(idx, conds) }))
    .filter((s) => s.fields.length)
  const beats = (o: (typeof shapes)[number], s: (typeof shapes)[number]) =>
    o !== s &&
    s.fields.every((f) => o.fields.includes(f)) &&
    (o.fields.length > s.fields.length ||
      (o.idx.built && !s.idx.built) ||
      (o.idx.built === s.idx.built && o.i < s.i))
  return shapes.filter((s) => !shapes.some((o) => beats(o, s))).map((s) => s.idx)
}

/** The fields `boundsFor` would bound, known without building the index. */
function boundFields(idx: HashIndex, conds: Map<string, FieldConds>): string[] {
  const out: string[] = []
  for (const f of idx.fields) {
    const c = conds.get(f)
    if (c?.keys) {
      if (idx.spec.sparse && c.keys.includes(null)) return []
      out.push(f)
      continue
    }
    if (c?.range && !idx.spec.sparse) out.push(f)
    break
  }
  return out
}

/** The bounds an index can use: keys on a prefix of its fields, then maybe one range. */
function boundsFor(idx: HashIndex, conds: Map<string, FieldConds>): FieldBound[] | null {
  const bounds: FieldBound[] = []
  for (const f of idx.fields) {
    const c = conds.get(f)
    if (c?.keys) {
      // A sparse index does not hold documents missing the field, which `null` matches.
      if (idx.spec.sparse && c.keys.includes(null)) return null
      bounds.push({ kind: 'keys', keys: c.keys })
      continue
    }
    // On a multikey index each operator may be met by a different element (MongoDB matches
    // `{ a: { $gt: 1, $lt: 3 } }` on [0, 5]): only one of them bounds the lookup then.
    if (c?.range && !idx.spec.sparse) {
      const ops = idx.multikey ? c.range.slice(0, 1) : c.range
      bounds.push({ kind: 'range', test: rangeTest(ops), ops })
    }
    break
  }
  return bounds.length ? bounds : null
}

const RANGE = new Set(['$gt', '$gte', '$lt', '$lte'])

/**
 * Per field, the keys it must equal (from `f: x`, `$eq`, `$in`) and its range operators, from
 * the top level and `$and`; null when the query has no such condition at all.
 */
export function conditions(query: Doc): Map<string, FieldConds> | null {
  const out = new Map<string, FieldConds>()
  const visit = (q: Doc) => {
    for (const [field, cond] of Object.entries(q)) {
      if (field === '$and' && Array.isArray(cond)) {
        cond.forEach((c) => isPlainObject(c) && visit(c))
        continue
      }
      if (field.startsWith('$')) continue
      const c = out.get(field) ?? {}
      if (isOperatorObject(cond)) {
        const keys =
          '$eq' in cond ? scalarKeys([cond.$eq]) : '$in' in cond ? scalarKeys(cond.$in) : null
        if (keys && !c.keys) c.keys = keys
        const all = Array.isArray(cond.$all) && cond.$all.length ? scalarKeys(cond.$all) : null
        if (all) c.all = all
        for (const op of Object.keys(cond))
          if (RANGE.has(op) && keyOf(cond[op]) !== undefined) (c.range ??= []).push([op, cond[op]])
        // CloudBase's `_.gte(a).and(_.lt(b))` arrives as `{ $and: [{ $gte: a }, { $lt: b }] }`.
        if (Array.isArray(cond.$and))
          for (const sub of cond.$and)
            if (isOperatorObject(sub))
              for (const op of Object.keys(sub))
                if (RANGE.has(op) && keyOf(sub[op]) !== undefined)
                  (c.range ??= []).push([op, sub[op]])
      } else if (!(cond instanceof RegExp)) {
        const keys = scalarKeys([cond])
        if (keys && !c.keys) c.keys = keys
      }
      if (c.keys || c.range || c.all) out.set(field, c)
    }
  }
  visit(query)
  return out.size ? out : null
}

function scalarKeys(list: unknown): Key[] | null {
  if (!Array.isArray(list)) return null
  const keys = new Set<Key>() // `$in: [x, x]` looks x up once
  for (const x of list) {
    const k = keyOf(x)
    if (k === undefined || x instanceof RegExp) return null
    keys.add(k)
  }
  return [...keys]
}

function orBranches(query: Doc): Doc[] | null {
  const or = query.$or
  return Array.isArray(or) && or.length && or.every(isPlainObject) ? (or as Doc[]) : null
}

export function withoutOr(query: Doc): Doc {
  const rest = { ...query }
  delete rest.$or
  return rest
}

/** Sorted runs → one array sorted by _id, each document once (multikey entries repeat). */
export function mergeRuns(runs: Doc[][]): Doc[] {
  if (runs.length === 1) return runs[0]
  // A range over a field of distinct values gives a run per document: 100,000s of runs, too
  // many to spread as arguments.
  const all: Doc[] = []
  for (const run of runs) for (const d of run) all.push(d)
  // Runs are sorted: TimSort merges them in near-linear time.
  all.sort((a, b) => compareIds(a._id, b._id))
  return all.filter((d, i) => i === 0 || all[i - 1] !== d)
}

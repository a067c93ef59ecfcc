import { lookupAll } from './path'
import { clone, compare, isPlainObject, type Doc } from './values'

/**
 * Sorting and projection with MongoDB's rules: an array field sorts by its smallest element
 * ascending and its largest descending; null and missing sort together, before numbers.
 */
export function sortDocs(docs: Doc[], order: Record<string, number>, top?: number): Doc[] {
  const fields = Object.entries(order)
  if (!fields.length) return docs
  const keyed = docs.map((doc, i) => ({
    doc,
    i,
    keys: fields.map(([f, dir]) => sortKey(doc, f, dir)),
  }))
  type K = (typeof keyed)[number]
  const cmp = (a: K, b: K) => {
    for (let k = 0; k < fields.length; k++) {
      const c = compare(a.keys[k], b.keys[k])
      if (c) return c * (fields[k][1] < 0 ? -1 : 1)
    }
    return a.i - b.i
  }
  // A page of a large result: keep only the first `top` (the order is total, so they are
  // exactly the first `top` of the full sort) instead of sorting everything.
  if (top !== undefined && top * 8 < keyed.length) return firstOf(keyed, cmp, top).map((k) => k.doc)
  keyed.sort(cmp)
  return keyed.map((k) => k.doc)
}

function firstOf<T>(items: T[], cmp: (a: T, b: T) => number, top: number): T[] {
  const best: T[] = []
  for (const x of items) {
    if (best.length === top && cmp(x, best[top - 1]) >= 0) continue
    let lo = 0
    let hi = best.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cmp(best[mid], x) <= 0) lo = mid + 1
      else hi = mid
    }
    best.splice(lo, 0, x)
    if (best.length > top) best.pop()
  }
  return best
}

function sortKey(doc: Doc, path: string, dir: number): unknown {
  const flat: unknown[] = []
  for (const v of lookupAll(doc, path)) {
    if (Array.isArray(v)) flat.push(...v)
    else flat.push(v)
  }
  if (!flat.length) return undefined
  return flat.reduce((m, x) => (dir < 0 ? (compare(x, m) > 0 ? x : m) : compare(x, m) < 0 ? x : m))
}

/**
 * `field()` projection: `{ a: 1, 'b.c': 1 }` keeps those paths (and `_id` unless `_id: 0`),
 * `{ a: 0 }` drops them; `{ arr: { $slice: n } }` trims an array. Mixing include and exclude
 * (other than `_id`) is refused, as in MongoDB.
 */
export function project(doc: Doc, projection: Doc | undefined): Doc {
  if (!projection || !Object.keys(projection).length) return doc
  const entries = Object.entries(projection)
  const slices = entries.filter(([, v]) => isPlainObject(v) && '$slice' in v)
  const flags = entries.filter(([, v]) => !isPlainObject(v))
  const include = flags.filter(([k, v]) => k !== '_id' && truthy(v))
  const exclude = flags.filter(([k, v]) => k !== '_id' && !truthy(v))
  if (include.length && exclude.length)
    throw new Error('Projection cannot have a mix of inclusion and exclusion.')
  let out: Doc
  if (
    include.length ||
    (!exclude.length && slices.length === 0 && flags.some(([k, v]) => k === '_id' && truthy(v)))
  ) {
    out = {}
    for (const [path] of include) copyPath(doc, out, path.split('.'))
    if (!(projection._id !== undefined && !truthy(projection._id)) && doc._id !== undefined)
      out = { _id: doc._id, ...out }
  } else {
    out = clone(doc)
    for (const [path] of exclude) dropPath(out, path.split('.'))
    if (projection._id !== undefined && !truthy(projection._id)) delete out._id
  }
  for (const [path, spec] of slices) applySlice(out, path, (spec as Doc).$slice)
  return out
}

function truthy(v: unknown): boolean {
  return v === true || (typeof v === 'number' && v !== 0)
}

function copyPath(src: unknown, dst: Doc, parts: string[]): void {
  if (!isPlainObject(src) || !(parts[0] in src)) return
  const v = src[parts[0]]
  if (parts.length === 1) {
    dst[parts[0]] = clone(v)
  } else if (Array.isArray(v)) {
    const prev = Array.isArray(dst[parts[0]]) ? (dst[parts[0]] as Doc[]) : []
    dst[parts[0]] = v
      .map((el, i) => {
        if (!isPlainObject(el)) return undefined
        const target = isPlainObject(prev[i]) ? prev[i] : {}
        copyPath(el, target, parts.slice(1))
        return target
      })
      .filter((x) => x !== undefined)
  } else if (isPlainObject(v)) {
    const target = isPlainObject(dst[parts[0]]) ? (dst[parts[0]] as Doc) : {}
    copyPath(v, target, parts.slice(1))
    dst[parts[0]] = target
  }
}

function dropPath(obj: unknown, parts: string[]): void {
  if (Array.isArray(obj)) return obj.forEach((el) => dropPath(el, parts))
  if (!isPlainObject(obj)) return
  if (parts.length === 1) delete obj[parts[0]]
  else dropPath(obj[parts[0]], parts.slice(1))
}

function applySlice(doc: Doc, path: string, spec: unknown): void {
  const parts = path.split('.')
  const last = parts.pop() as string
  let parent: unknown = doc
  for (const p of parts) parent = isPlainObject(parent) ? parent[p] : undefined
  if (!isPlainObject(parent) || !Array.isArray(parent[last])) return
  const arr = parent[last] as unknown[]
  if (typeof spec === 'number') parent[last] = spec >= 0 ? arr.slice(0, spec) : arr.slice(spec)
  else if (Array.isArray(spec)) parent[last] = arr.slice(spec[0], spec[0] + spec[1])
}

import { fieldKeys, keyOf, type Key } from './keys'
import { pastRange, rangeStart, type RangeOps } from './ranges'
import { insertSorted, lowerBound, removeSorted } from './sorted'
import { compare, isPlainObject, type Doc } from './values'

/** One entry of emulator/indexes.json: the indexes to create, here and on CloudBase. */
export interface IndexSpec {
  name: string
  fields: string[]
  unique?: boolean
  sparse?: boolean
}

/** One field's condition as the index can use it: these keys, or a range of values. */
export type FieldBound =
  | { kind: 'keys'; keys: Key[] }
  | { kind: 'range'; test: (v: unknown) => boolean; ops: RangeOps }

export interface Entry {
  key: Key
  value: unknown
  child: Level | Doc[]
}

/** The key combinations a document is filed under, and whether each field held one scalar. */
interface Filing {
  combos: Array<Array<{ key: Key; value: unknown }>>
  single: boolean
}

export interface Level {
  /** key → the next field's level, or (last field) the documents, sorted by _id. */
  next: Map<Key, Entry>
  /** The entries in value order, built by the first ordered walk and kept current after. */
  sorted?: Entry[]
}

/**
 * An index over `fields`: nested hash maps, one level per field, ending in the documents that
 * have those keys (kept sorted by `_id`, so a lookup returns them in the order a scan would).
 * A document is filed under every combination of its keys (arrays fan out, like MongoDB's
 * multikey indexes). Lookups return a superset of the matches; the matcher has the last word.
 */
export class HashIndex {
  private root: Level = { next: new Map() }
  private someMultikey = false
  private irregularDocs = 0
  /**
   * Built from the collection's documents on first use, not at load: most of a collection's
   * indexes serve only a few of its queries, and building them all dominated the start at
   * 100,000s of documents. Until then writes skip it (the build reads the documents as they
   * are). Unique indexes are built at load, to check and enforce them.
   */
  built = false
  constructor(
    readonly spec: IndexSpec,
    private source: () => Doc[] = () => [],
  ) {}

  private ensure(): void {
    if (this.built) return
    this.built = true
    for (const d of this.source()) this.addSorted(d)
  }

  /** Some document had several keys for a field (an array, or values reached through one). */
  get multikey(): boolean {
    this.ensure()
    return this.someMultikey
  }

  /**
   * How many documents hold other than one scalar in some field (arrays, objects): while any
   * does, their keys do not say where they sort, and no ordered walk uses this index.
   */
  get irregular(): number {
    this.ensure()
    return this.irregularDocs
  }

  get fields(): string[] {
    return this.spec.fields
  }

  /** The key combinations `doc` is filed under (sparse: none when every field is missing). */
  combos(doc: Doc): Array<Array<{ key: Key; value: unknown }>> {
    return this.filing(doc).combos
  }

  private filing(doc: Doc): Filing {
    return this.scalarFiling(doc) ?? this.fannedFiling(doc)
  }

  private paths?: string[][]

  /**
   * The common case, without the general fan-out's arrays and sets: every field reached through
   * plain objects only, holding one scalar (or missing). Null when some field is not like that.
   * Index builds at 100,000s of documents spent most of their time allocating for the general case.
   */
  private scalarFiling(doc: Doc): Filing | null {
    this.paths ??= this.fields.map((f) => f.split('.'))
    const combo: Array<{ key: Key; value: unknown }> = []
    let allMissing = true
    for (const parts of this.paths) {
      let v: unknown = doc
      for (const p of parts) {
        if (Array.isArray(v)) return null
        if (!isPlainObject(v)) {
          v = undefined
          break
        }
        v = Object.prototype.hasOwnProperty.call(v, p) ? v[p] : undefined
      }
      if (Array.isArray(v) || Number.isNaN(v)) return null
      const key = keyOf(v)
      if (key === undefined) return null // an object: no scalar key
      if (v !== undefined) allMissing = false
      combo.push({ key, value: v ?? null })
    }
    if (this.spec.sparse && allMissing) return { combos: [], single: true }
    return { combos: [combo], single: true }
  }

  private fannedFiling(doc: Doc): Filing {
    const perField = this.fields.map((f) => fieldKeys(doc, f))
    const single = perField.every((k) => k.single)
    if (perField.some((k) => k.keys.length > 1)) this.someMultikey = true
    if (
      this.spec.sparse &&
      this.fields.every(
        (f, i) => perField[i].keys.length === 1 && perField[i].keys[0] === null && missing(doc, f),
      )
    )
      return { combos: [], single }
    let out: Array<Array<{ key: Key; value: unknown }>> = [[]]
    for (const { keys } of perField) {
      const next: typeof out = []
      for (const prefix of out)
        for (const k of keys) next.push([...prefix, { key: k, value: valueOfKey(k) }])
      out = next
    }
    return { combos: out, single }
  }

  add(doc: Doc): void {
    if (!this.built) return
    const { combos, single } = this.filing(doc)
    if (!single) this.irregularDocs++
    for (const combo of combos) insertSorted(this.leaf(combo, true)!, doc)
  }

  remove(doc: Doc): void {
    if (!this.built) return
    const { combos, single } = this.filing(doc)
    if (!single) this.irregularDocs--
    for (const combo of combos) {
      const docs = this.leaf(combo, false)
      if (docs) removeSorted(docs, doc)
      if (docs && !docs.length) this.prune(combo)
    }
  }

  /** Bulk load: documents arrive sorted by _id, so appending keeps every leaf sorted. */
  addSorted(doc: Doc): void {
    const { combos, single } = this.filing(doc)
    if (!single) this.irregularDocs++
    for (const combo of combos) this.leaf(combo, true)!.push(doc)
  }

  /** Documents filed under exactly these keys of all fields (for unique checks). */
  exact(doc: Doc): Doc[][] {
    this.ensure()
    return this.combos(doc).map((c) => this.leaf(c, false) ?? [])
  }

  /**
   * The documents whose first fields satisfy `bounds` (one per leading field, in order; fewer
   * than the fields is a prefix), as sorted runs. Null once they are more than `cap`: the planner
   * has a smaller lookup already, and a street's whole history need not be walked to learn that.
   */
  lookup(bounds: FieldBound[], cap = Infinity): Doc[][] | null {
    this.ensure()
    const runs: Doc[][] = []
    let size = 0
    const walk = (level: Level | Doc[], depth: number) => {
      if (size > cap) return
      if (Array.isArray(level)) {
        if (level.length) runs.push(level)
        size += level.length
        return
      }
      const b = bounds[depth]
      if (!b) {
        for (const e of level.next.values()) {
          if (size > cap) break
          walk(e.child, depth + 1)
        }
      } else if (b.kind === 'keys') {
        for (const k of b.keys) {
          const e = level.next.get(k)
          if (e) walk(e.child, depth + 1)
        }
      } else {
        // The level's entries in value order: from the lower end of the range to its upper end
        // (binary search), not every value of the field (100,000s of dates after years).
        const sorted = this.inOrder(level)
        const past = pastRange(b.ops, false)
        for (let i = rangeStart(sorted, b.ops); i < sorted.length; i++) {
          const e = sorted[i]
          if (size > cap || past(e.value)) break
          if (b.test(e.value)) walk(e.child, depth + 1)
        }
      }
    }
    walk(this.root, 0)
    return size > cap ? null : runs
  }

  /** The levels below the documents' keys `prefix` (one key list per leading field). */
  levelsAt(prefix: Key[][]): Level[] {
    this.ensure()
    let levels = [this.root]
    for (const keys of prefix)
      levels = levels.flatMap((l) =>
        keys.map((k) => l.next.get(k)?.child).filter((c): c is Level => !!c && !Array.isArray(c)),
      )
    return levels
  }

  /** A level's entries in value order (sorted once, then kept current by add/remove). */
  inOrder(level: Level): Entry[] {
    level.sorted ??= [...level.next.values()].sort((a, b) => compare(a.value, b.value))
    return level.sorted
  }

  private leaf(combo: Array<{ key: Key; value: unknown }>, create: boolean): Doc[] | undefined {
    let level: Level = this.root
    for (let i = 0; i < combo.length; i++) {
      const last = i === combo.length - 1
      let e = level.next.get(combo[i].key)
      if (!e) {
        if (!create) return undefined
        e = { key: combo[i].key, value: combo[i].value, child: last ? [] : { next: new Map() } }
        level.next.set(combo[i].key, e)
        if (level.sorted) level.sorted.splice(entryPosition(level.sorted, e.value), 0, e)
      }
      if (last) return e.child as Doc[]
      level = e.child as Level
    }
    return undefined
  }

  private prune(combo: Array<{ key: Key }>): void {
    const path: Level[] = [this.root]
    for (let i = 0; i < combo.length - 1; i++) {
      const e = path[i].next.get(combo[i].key)
      if (!e) return
      path.push(e.child as Level)
    }
    for (let i = combo.length - 1; i >= 0; i--) {
      const e = path[i].next.get(combo[i].key)
      const child = e?.child
      const empty = Array.isArray(child) ? child.length === 0 : child?.next.size === 0
      if (!empty) return
      path[i].next.delete(combo[i].key)
      const sorted = path[i].sorted
      if (sorted) sorted.splice(sorted.indexOf(e!, entryPosition(sorted, e!.value)), 1)
    }
  }
}

function missing(doc: Doc, field: string): boolean {
  let v: unknown = doc
  for (const p of field.split('.')) {
    if (v === null || typeof v !== 'object' || !(p in (v as object))) return true
    v = (v as Doc)[p]
  }
  return v === undefined
}

/** The value a key stands for (for range tests): dates come back as Dates. */
function valueOfKey(k: Key): unknown {
  if (typeof k === 'string' && k.startsWith('\u0000')) {
    if (k[1] === 'd') return new Date(Number(k.slice(2)))
    return k.slice(2)
  }
  return k
}

export { keyOf }

/** Where an entry of `value` goes in entries sorted by value (the first not below it). */
const entryPosition = (sorted: Entry[], value: unknown) =>
  lowerBound(sorted, (e) => compare(e.value, value) < 0)

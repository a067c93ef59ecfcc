import { runPipeline } from './aggregate'
import { dbFailed } from './errors'
import { nearDistance } from './geo'
import { newId } from './ids'
import { findNear, isOperatorObject } from './match'
import { lookupAll } from './path'
import { project } from './query'
import type { Store } from './store'
import { Transactions, type Txn } from './txn'
import { applyUpdate, isOperatorUpdate } from './update'
import { equals, isPlainObject, type Doc } from './values'

export interface FindOptions {
  query?: Doc
  order?: Record<string, number>
  offset?: number
  limit?: number
  projection?: Doc
}

export interface ModifyOptions {
  query: Doc
  data: Doc
  multi: boolean
  /** false = replace the document (doc.set), true = apply operators (update). */
  merge: boolean
  upsert: boolean
}

/** CloudBase caps one read at 1000 documents on the server side. */
export const MAX_LIMIT = 1000

/**
 * The database operations the TCB endpoint exposes, on top of Store (files, indexes) and the
 * MongoDB evaluator (match/update/sort/project/aggregate). `onInsert` lets the emulator push
 * in-app messages to their recipient the moment they are stored.
 */
export class Database {
  readonly txns: Transactions

  constructor(
    readonly store: Store,
    private onInsert: (coll: string, doc: Doc) => void,
  ) {
    this.txns = new Transactions(store, onInsert)
  }

  /** Waits for the collection's load (at start) and for a commit being applied. */
  private async settled(coll: string): Promise<void> {
    await this.store.loaded(coll)
    if (this.txns.committing) await this.txns.committing
  }

  private candidates(coll: string, query: Doc, order?: Record<string, number>): Doc[] {
    return this.store.find(coll, query, order)
  }

  async find(coll: string, o: FindOptions): Promise<Doc[]> {
    await this.settled(coll)
    const query = o.query ?? {}
    const near = findNear(query)
    const limit = Math.min(o.limit ?? 100, MAX_LIMIT)
    if (o.order && Object.keys(o.order).length)
      return this.store
        .findSorted(coll, query, o.order, o.offset ?? 0, limit)
        .map((d) => project(d, o.projection))
    let docs = this.candidates(coll, query, o.order)
    if (near && !o.order) {
      const dist = (d: Doc) =>
        Math.min(...lookupAll(d, near.path).map((v) => nearDistance(v, near.operand) ?? Infinity))
      docs = docs
        .map((d) => ({ d, k: dist(d) }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.d)
    }
    return docs.slice(o.offset ?? 0, (o.offset ?? 0) + limit).map((d) => project(d, o.projection))
  }

  async count(coll: string, query: Doc = {}): Promise<number> {
    await this.settled(coll)
    return this.store.count(coll, query)
  }

  async insert(coll: string, docs: Doc[]): Promise<unknown[]> {
    const withIds = docs.map((d) => (d._id === undefined ? { _id: newId(), ...d } : d))
    await this.store.lock.run(() => this.store.insert(coll, withIds))
    for (const d of withIds) this.onInsert(coll, d)
    return withIds.map((d) => d._id)
  }

  async modify(coll: string, o: ModifyOptions): Promise<{ updated: number; upsertId?: unknown }> {
    await this.store.loaded(coll)
    return this.store.lock.run(async () => {
      const all = this.candidates(coll, o.query)
      const targets = o.multi ? all : all.slice(0, 1)
      let updated = 0
      for (const d of targets) {
        const next = this.nextVersion(d, o)
        if (equals(next, d)) continue
        await this.store.replace(coll, next)
        updated++
      }
      if (targets.length || !o.upsert) return { updated }
      const doc = this.nextVersion(seedFromQuery(o.query), o, true)
      if (doc._id === undefined) doc._id = newId()
      await this.store.insert(coll, [doc])
      this.onInsert(coll, doc)
      return { updated: 0, upsertId: doc._id }
    })
  }

  private nextVersion(d: Doc, o: Pick<ModifyOptions, 'data' | 'merge'>, isInsert = false): Doc {
    if (!o.merge) {
      if (isOperatorUpdate(o.data))
        throw dbFailed('update operator complicit: set() takes a whole document')
      return d._id === undefined ? { ...o.data } : { _id: d._id, ...o.data }
    }
    return applyUpdate(d, isOperatorUpdate(o.data) ? o.data : { $set: o.data }, isInsert)
  }

  async remove(coll: string, query: Doc, multi: boolean): Promise<number> {
    await this.store.loaded(coll)
    return this.store.lock.run(async () => {
      const all = this.candidates(coll, query)
      const targets = multi ? all : all.slice(0, 1)
      await this.store.removeIds(
        coll,
        targets.map((d) => d._id),
      )
      return targets.length
    })
  }

  async aggregate(coll: string, stages: Array<[string, unknown]>): Promise<Doc[]> {
    // The collection and those its $lookup stages read, not every collection of a cold start.
    const reads = stages.filter(([s]) => s === '$lookup').map(([, a]) => String((a as Doc).from))
    for (const name of [coll, ...reads]) await this.settled(name)
    const [docs, rest] = this.leadingStages(coll, stages)
    return runPipeline(docs, rest, (name) => this.store.all(name))
  }

  /**
   * A leading $match narrows through an index like a find (the stage still runs: a no-op);
   * $match, $sort, $limit read only that page like a sorted find (store.findSorted walks an
   * index in order and stops when the page is full), as MongoDB streams them.
   */
  private leadingStages(
    coll: string,
    stages: Array<[string, unknown]>,
  ): [Doc[], Array<[string, unknown]>] {
    const [first, second, third] = stages
    if (first?.[0] !== '$match' || !isPlainObject(first[1])) return [this.store.all(coll), stages]
    const match = first[1]
    const limit = Number(third?.[1])
    if (second?.[0] === '$sort' && isPlainObject(second[1]) && third?.[0] === '$limit')
      if (Number.isInteger(limit) && limit > 0) {
        const order = second[1] as Record<string, number>
        return [this.store.findSorted(coll, match, order, 0, limit), stages.slice(3)]
      }
    return [this.candidates(coll, match), stages]
  }

  // ---- inside a transaction: by document id only, as CloudBase allows ----

  txnGet(t: Txn, coll: string, id: unknown, projection?: Doc): Doc | undefined {
    const d = this.txns.read(t, coll, id)
    return d && project(d, projection)
  }

  txnInsert(t: Txn, coll: string, docs: Doc[]): unknown[] {
    return docs.map((d) => {
      const doc = d._id === undefined ? { _id: newId(), ...d } : d
      if (this.txns.read(t, coll, doc._id))
        throw dbFailed(
          `E11000 duplicate key error collection: ${coll} index: _id_ dup key: ${JSON.stringify({ _id: doc._id })}`,
        )
      this.txns.write(t, coll, doc._id, doc)
      return doc._id
    })
  }

  txnModify(
    t: Txn,
    coll: string,
    id: unknown,
    o: Pick<ModifyOptions, 'data' | 'merge' | 'upsert'>,
  ): { updated: number; upsertId?: unknown } {
    const cur = this.txns.read(t, coll, id)
    if (!cur && !o.upsert) return { updated: 0 }
    const next = this.nextVersion(cur ?? { _id: id }, o, !cur)
    next._id = id
    if (cur && equals(cur, next)) return { updated: 0 }
    this.txns.write(t, coll, id, next)
    return cur ? { updated: 1 } : { updated: 0, upsertId: id }
  }

  txnRemove(t: Txn, coll: string, id: unknown): number {
    if (!this.txns.read(t, coll, id)) return 0
    this.txns.write(t, coll, id, null)
    return 1
  }
}

/** An upsert starts from the query's equality fields, as MongoDB does. */
function seedFromQuery(query: Doc): Doc {
  const out: Doc = {}
  for (const [k, v] of Object.entries(query)) {
    if (k.startsWith('$') || k.includes('.')) continue
    if (isPlainObject(v) && isOperatorObject(v)) {
      if ('$eq' in v) out[k] = v.$eq
    } else out[k] = v
  }
  return out
}

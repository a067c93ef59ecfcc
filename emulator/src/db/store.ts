import fs from 'node:fs'
import path from 'node:path'
import { Collection, UniqueViolation } from './collection'
import { TcbError, dbFailed } from './errors'
import type { IndexSpec } from './hash-index'
import { matches } from './match'
import { orderedPage } from './ordered'
import { plan, withoutOr, type Plan } from './plan'
import { sortDocs } from './query'
import { getPath } from './path'
import { Mutex } from './mutex'
import { UnindexedLog, type UnindexedOptions } from './unindexed'
import type { Doc } from './values'

export type { IndexSpec }
export type IndexManifest = Record<string, IndexSpec[]>

const NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/

/**
 * The embedded database: one Collection (an append-only JSON-lines file in nedb's format, the
 * documents in memory, the indexes of emulator/indexes.json) per collection under DATA_DIR/db.
 * A write is acknowledged only after its append completed, so it is in the OS page cache and
 * survives a kill -9 of the emulator (not a power cut: no fsync per write; the commit journal
 * of transactions is fsynced). Queries go through an index when one serves them (plan.ts) and
 * are evaluated by our own MongoDB matcher; a query no index serves is logged (unindexed.ts).
 *
 * Writes go through one mutex. A transaction holds it from start to commit/abort, which makes
 * transactions serializable without conflict detection — acceptable for a street office.
 */
export class Store {
  readonly lock = new Mutex()
  private colls = new Map<string, Collection>()
  private manifest: IndexManifest = {}
  readonly unindexed: UnindexedLog

  constructor(
    readonly dir: string,
    unindexed: UnindexedOptions = {},
  ) {
    this.unindexed = new UnindexedLog(unindexed)
  }

  /**
   * Registers every collection (files in the folder and the manifest's) and loads them one
   * after another, smallest file first, in the background: the emulator is healthy at once,
   * and an operation on a collection waits for that collection only (`loaded`). Resolves when
   * the collections are registered; `allLoaded` when every one is in memory.
   */
  async open(manifest: IndexManifest): Promise<void> {
    this.manifest = manifest
    fs.mkdirSync(this.dir, { recursive: true })
    const names = new Set<string>()
    for (const file of fs.readdirSync(this.dir))
      if (file.endsWith('.db')) names.add(file.slice(0, -3))
    for (const name of Object.keys(manifest)) names.add(name)
    const size = (n: string) => {
      try {
        return fs.statSync(path.join(this.dir, `${n}.db`)).size
      } catch {
        return 0
      }
    }
    const order = [...names].sort((a, b) => size(a) - size(b))
    for (const name of order) this.register(name)
    let chain = Promise.resolve()
    for (const name of order) {
      const c = this.colls.get(name)!
      chain = chain.then(() => this.loading.get(c)!.start())
    }
    this.allLoaded = chain
    this.allLoaded.catch(() => undefined) // the caller of open() decides what a failure means
  }

  /** Resolves once every collection is in memory (rejects if a file could not be read). */
  allLoaded: Promise<void> = Promise.resolve()

  /**
   * Waits until `name` is in memory (a no-op once it is). A collection someone waits for starts
   * loading at once, beside the queue, instead of after every smaller one.
   */
  async loaded(name: string): Promise<void> {
    const c = this.colls.get(name)
    if (!c || c.isLoaded) return
    this.awaited.add(c)
    try {
      await this.loading.get(c)?.start()
    } finally {
      this.awaited.delete(c)
      if (!this.awaited.size) for (const go of this.paused.splice(0)) go()
    }
  }

  /** Collections a request waits for now: they load alone, the others pause (`yieldTo`). */
  private awaited = new Set<Collection>()
  private paused: Array<() => void> = []

  /**
   * Called by a loading collection between its chunks: while a request waits for another
   * collection, a background load steps aside, so the first console page after a start waits
   * for the reports only, not for 500,000 messages parsed in turn with them on the same core.
   */
  private yieldTo(c: Collection): Promise<void> | void {
    if (!this.awaited.size || this.awaited.has(c)) return
    return new Promise<void>((go) => this.paused.push(go))
  }

  private loading = new WeakMap<Collection, { start: () => Promise<void>; done: Promise<void> }>()

  private register(name: string): Collection {
    if (!NAME.test(name)) throw new TcbError('INVALID_PARAM', `invalid collection name: ${name}`)
    const c = new Collection(name, path.join(this.dir, `${name}.db`), this.manifest[name] ?? [])
    let begin!: () => void
    const started = new Promise<void>((r) => (begin = r))
    const done = started.then(() => c.load(() => this.yieldTo(c)))
    done.catch(() => undefined)
    this.loading.set(c, {
      start: () => {
        begin()
        return done
      },
      done,
    })
    this.colls.set(name, c)
    return c
  }

  close(): void {
    for (const c of this.colls.values()) c.close()
  }

  has(name: string): boolean {
    return this.colls.has(name)
  }

  /** How many documents are in memory (for the start-up log). */
  size(): number {
    let n = 0
    for (const c of this.colls.values()) n += c.size
    return n
  }

  names(): string[] {
    return [...this.colls.keys()]
  }

  /** CloudBase requires a collection to exist (console, manifest or createCollection). */
  async create(name: string): Promise<void> {
    if (this.colls.has(name))
      throw new TcbError('DATABASE_COLLECTION_ALREADY_EXIST', `collection ${name} already exists`)
    const c = this.register(name)
    await this.loading.get(c)!.start()
  }

  private coll(name: string): Collection {
    const c = this.colls.get(name)
    if (!c) {
      throw new TcbError(
        'DATABASE_COLLECTION_NOT_EXIST',
        `collection ${name} does not exist (on CloudBase create it in the console; locally list it in emulator/indexes.json)`,
      )
    }
    // Every async path awaits `loaded` first; a sync read of a loading collection is a bug.
    if (!c.isLoaded) throw new Error(`collection ${name} is still loading`)
    return c
  }

  /** The live in-memory documents (sorted by _id). Callers must not mutate them. */
  all(name: string): Doc[] {
    return this.coll(name).docs
  }

  byId(name: string, id: unknown): Doc | undefined {
    return this.coll(name).get(id)
  }

  /**
   * The documents matching `query`, in `_id` order, found through an index when one serves
   * the query; otherwise a scan, reported to the unindexed-query log (which in strict mode
   * refuses it). `order` only describes the query for that log.
   */
  find(name: string, query: Doc, order?: Record<string, number>): Doc[] {
    const { docs, covered } = this.plan(name, query, order)
    // A copy either way: callers write to the collection while walking the result.
    return covered ? docs().slice() : docs().filter((d) => matches(d, query))
  }

  /**
   * One page of the matches in `order`: read in index order when an index leads to the sort
   * field (ordered.ts) and the page is not among few candidates anyway; otherwise the
   * candidates, matched and sorted (only the first `skip + limit` kept). The same rows either way.
   */
  findSorted(
    name: string,
    query: Doc,
    order: Record<string, number>,
    skip: number,
    limit: number,
  ): Doc[] {
    const p = this.plan(name, query, order)
    const want = skip + limit
    // Few candidates: listing and sorting them is cheaper than any walk.
    const plain = Number.isInteger(skip) && skip >= 0 && Number.isInteger(limit) && limit >= 0
    const walked =
      plain && p.estimate > 4 * want
        ? orderedPage(this.coll(name), query, order, want, p.estimate)
        : null
    if (walked) return walked.docs.slice(skip)
    const docs = p.covered ? p.docs().slice() : p.docs().filter((d) => matches(d, query))
    return sortDocs(docs, order, want).slice(skip, want)
  }

  count(name: string, query: Doc): number {
    const p = this.plan(name, query)
    if (p.size !== undefined) return p.size
    return p.covered ? p.docs().length : p.docs().filter((d) => matches(d, query)).length
  }

  private plan(name: string, query: Doc, order?: Record<string, number>): Plan {
    const c = this.coll(name)
    const p = plan(c, query)
    // A listing of everything (in `_id` order) is not a query an index could serve better.
    const fields = [...Object.keys(query), ...Object.keys(order ?? {})]
    // An index whose first field is the sort key serves the query on CloudBase (it walks the
    // index in order and filters); here the scan + sort stands in for that walk.
    const first = Object.keys(order ?? {})[0]
    const bySort = first !== undefined && c.indexes.some((i) => i.fields[0] === first)
    if (!p.index && !bySort && fields.some((f) => f !== '_id')) {
      const or = Array.isArray(query.$or) ? (query.$or as Doc[]) : []
      const unserved = or.filter((b) => !plan(c, { ...withoutOr(query), ...b }).index)
      this.unindexed.report(name, query, order, c.size, unserved)
    }
    return p
  }

  insert(name: string, docs: Doc[]): Promise<void> {
    return this.write(name, (c) => c.insert(docs))
  }

  replace(name: string, doc: Doc): Promise<void> {
    return this.write(name, (c) => c.replace(doc))
  }

  /** A write to a loaded collection; a unique-index clash answers as CloudBase's E11000. */
  private async write(name: string, run: (c: Collection) => void): Promise<void> {
    await this.loaded(name)
    const c = this.coll(name)
    try {
      run(c)
    } catch (err) {
      throw this.translate(name, err)
    }
  }

  async removeIds(name: string, ids: unknown[]): Promise<void> {
    if (!ids.length) return
    await this.loaded(name)
    this.coll(name).remove(ids)
  }

  /**
   * The unique index a document would violate among the stored documents not touched by a
   * transaction (`touched`) and the transaction's own documents (`others`); null if none.
   */
  uniqueConflict(
    name: string,
    doc: Doc,
    others: Doc[],
    touched?: (d: Doc) => boolean,
  ): string | null {
    try {
      this.coll(name).uniqueClash(doc, others, touched)
      return null
    } catch (err) {
      if (err instanceof UniqueViolation) return describe(err)
      throw err
    }
  }

  private translate(name: string, err: unknown): Error {
    if (err instanceof UniqueViolation)
      return dbFailed(`E11000 duplicate key error collection: ${name} index: ${describe(err)}`)
    return dbFailed((err as Error).message ?? String(err))
  }
}

function describe(v: UniqueViolation): string {
  return `${v.index} dup key: ${JSON.stringify(Object.fromEntries(v.fields.map((f) => [f, getPath(v.doc, f) ?? null])))}`
}

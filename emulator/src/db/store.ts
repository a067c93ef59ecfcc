import fs from 'node:fs'
import path from 'node:path'
import { Collection, UniqueViolation } from './collection'
import { TcbError, dbFailed } from './errors'
import type { IndexSpec } from './hash-index'
import { matches } from './match'
import { plan, withoutOr } from './plan'
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

  async open(manifest: IndexManifest): Promise<void> {
    this.manifest = manifest
    fs.mkdirSync(this.dir, { recursive: true })
    for (const file of fs.readdirSync(this.dir)) {
      if (file.endsWith('.db')) this.load(file.slice(0, -3))
    }
    for (const name of Object.keys(manifest)) if (!this.colls.has(name)) this.load(name)
  }

  close(): void {
    for (const c of this.colls.values()) c.close()
  }

  has(name: string): boolean {
    return this.colls.has(name)
  }

  names(): string[] {
    return [...this.colls.keys()]
  }

  /** CloudBase requires a collection to exist (console, manifest or createCollection). */
  async create(name: string): Promise<void> {
    if (this.colls.has(name))
      throw new TcbError('DATABASE_COLLECTION_ALREADY_EXIST', `collection ${name} already exists`)
    this.load(name)
  }

  private load(name: string): void {
    if (!NAME.test(name)) throw new TcbError('INVALID_PARAM', `invalid collection name: ${name}`)
    const c = new Collection(name, path.join(this.dir, `${name}.db`), this.manifest[name] ?? [])
    c.load()
    this.colls.set(name, c)
  }

  private coll(name: string): Collection {
    const c = this.colls.get(name)
    if (!c) {
      throw new TcbError(
        'DATABASE_COLLECTION_NOT_EXIST',
        `collection ${name} does not exist (on CloudBase create it in the console; locally list it in emulator/indexes.json)`,
      )
    }
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
    const c = this.coll(name)
    const p = plan(c, query)
    // A listing of everything (in `_id` order) is not a query an index could serve better.
    const fields = [...Object.keys(query), ...Object.keys(order ?? {})]
    if (!p.index && fields.some((f) => f !== '_id')) {
      const or = Array.isArray(query.$or) ? (query.$or as Doc[]) : []
      const unserved = or.filter((b) => !plan(c, { ...withoutOr(query), ...b }).index)
      this.unindexed.report(name, query, order, c.size, unserved)
    }
    return p.docs.filter((d) => matches(d, query))
  }

  async insert(name: string, docs: Doc[]): Promise<void> {
    const c = this.coll(name)
    try {
      c.insert(docs)
    } catch (err) {
      throw this.translate(name, err)
    }
  }

  async replace(name: string, doc: Doc): Promise<void> {
    const c = this.coll(name)
    try {
      c.replace(doc)
    } catch (err) {
      throw this.translate(name, err)
    }
  }

  async removeIds(name: string, ids: unknown[]): Promise<void> {
    if (!ids.length) return
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

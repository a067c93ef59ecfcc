import fs from 'node:fs'
import path from 'node:path'
import Datastore from '@seald-io/nedb'
import { Mutex } from './mutex'
import { TcbError, dbFailed } from './errors'
import { getPath } from './path'
import { equals, type Doc } from './values'

/** One entry of emulator/indexes.json: the indexes to create, here and on CloudBase. */
export interface IndexSpec {
  name: string
  fields: string[]
  unique?: boolean
  sparse?: boolean
}
export type IndexManifest = Record<string, IndexSpec[]>

const NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/

/**
 * The embedded database: one nedb datastore (an append-only JSON-lines file) per collection
 * under DATA_DIR/db. nedb answers only after its append completed, so an acknowledged write is
 * in the OS page cache and survives a kill -9 of the emulator (not a power cut: no fsync per
 * write; the commit journal of transactions is fsynced). Queries are evaluated by our own
 * MongoDB matcher over the in-memory documents; nedb keeps the file, `_id` and unique indexes.
 *
 * Writes go through one mutex. A transaction holds it from start to commit/abort, which makes
 * transactions serializable without conflict detection — acceptable for a street office.
 */
export class Store {
  readonly lock = new Mutex()
  private colls = new Map<string, Datastore>()
  private manifest: IndexManifest = {}

  constructor(readonly dir: string) {}

  async open(manifest: IndexManifest): Promise<void> {
    this.manifest = manifest
    fs.mkdirSync(this.dir, { recursive: true })
    for (const file of fs.readdirSync(this.dir)) {
      if (file.endsWith('.db')) await this.load(file.slice(0, -3))
    }
    for (const name of Object.keys(manifest)) if (!this.colls.has(name)) await this.load(name)
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
    await this.load(name)
  }

  private async load(name: string): Promise<void> {
    if (!NAME.test(name)) throw new TcbError('INVALID_PARAM', `invalid collection name: ${name}`)
    const ds = new Datastore({
      filename: path.join(this.dir, `${name}.db`),
      corruptAlertThreshold: 1,
    })
    await ds.loadDatabaseAsync()
    for (const idx of this.manifest[name] ?? []) {
      const fieldName = idx.fields.length === 1 ? idx.fields[0] : idx.fields
      await ds.ensureIndexAsync({
        fieldName: fieldName as string,
        unique: !!idx.unique,
        sparse: !!idx.sparse,
      })
    }
    this.colls.set(name, ds)
  }

  private ds(name: string): Datastore {
    const ds = this.colls.get(name)
    if (!ds) {
      throw new TcbError(
        'DATABASE_COLLECTION_NOT_EXIST',
        `collection ${name} does not exist (on CloudBase create it in the console; locally list it in emulator/indexes.json)`,
      )
    }
    return ds
  }

  /** The live in-memory documents (sorted by _id). Callers must not mutate them. */
  all(name: string): Doc[] {
    return this.ds(name).getAllData() as Doc[]
  }

  byId(name: string, id: unknown): Doc | undefined {
    // nedb's own _id index: a tree lookup instead of a scan.
    const idx = (
      this.ds(name) as unknown as { indexes: { _id: { getMatching(v: unknown): Doc[] } } }
    ).indexes._id
    return idx.getMatching(id)[0]
  }

  async insert(name: string, docs: Doc[]): Promise<void> {
    const ds = this.ds(name)
    try {
      await ds.insertAsync(docs)
    } catch (err) {
      throw this.translate(name, err, docs[0])
    }
  }

  async replace(name: string, doc: Doc): Promise<void> {
    const ds = this.ds(name)
    try {
      await ds.updateAsync({ _id: doc._id }, doc, {})
    } catch (err) {
      throw this.translate(name, err, doc)
    }
  }

  async removeIds(name: string, ids: unknown[]): Promise<void> {
    if (!ids.length) return
    await this.ds(name).removeAsync({ _id: { $in: ids } }, { multi: true })
  }

  /** The unique index a document would violate, ignoring documents in `exclude`. */
  uniqueConflict(name: string, doc: Doc, others: Doc[]): string | null {
    const specs: IndexSpec[] = [
      { name: '_id_', fields: ['_id'], unique: true },
      ...(this.manifest[name] ?? []),
    ]
    for (const spec of specs) {
      if (!spec.unique) continue
      const key = spec.fields.map((f) => getPath(doc, f))
      if (spec.sparse && key.every((k) => k === undefined)) continue
      const clash = others.some(
        (o) => o !== doc && spec.fields.every((f, i) => equals(getPath(o, f), key[i])),
      )
      if (clash)
        return `${spec.name} dup key: ${JSON.stringify(Object.fromEntries(spec.fields.map((f, i) => [f, key[i] ?? null])))}`
    }
    return null
  }

  private translate(name: string, err: unknown, doc: Doc | undefined): Error {
    const e = err as { errorType?: string; message?: string }
    if (e.errorType === 'uniqueViolated') {
      const which = doc ? this.uniqueConflict(name, doc, this.all(name)) : null
      return dbFailed(
        `E11000 duplicate key error collection: ${name} index: ${which ?? String((e as { key?: unknown }).key)}`,
      )
    }
    return dbFailed(e.message ?? String(err))
  }
}

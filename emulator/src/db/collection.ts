import fs from 'node:fs'
import { HashIndex, type IndexSpec } from './hash-index'
import { insertSorted, removeSorted } from './sorted'
import { compareIds, idKey } from './keys'
import { deserialize, prepare, serialize } from './line-format'
import type { Doc } from './values'

/**
 * One collection: its documents in memory (a Map by `_id` plus an array sorted by `_id`, the
 * order a scan returns) with the indexes of emulator/indexes.json, and its file on disk.
 *
 * The file is nedb's format, kept so existing data folders still open: one JSON document per
 * line, dates as `{"$$date": ms}`, a removal as `{"$$deleted": true, "_id": …}`, the last line
 * for an `_id` wins. Every write is appended with one write(2) before it is acknowledged, so
 * it is in the OS page cache and survives a kill -9 of the emulator (not a power cut). Loading
 * reads the file in large chunks and rewrites it (compaction: write a temporary file, fsync,
 * rename, as nedb did) only when dead lines outnumber live documents — nedb rewrote every file
 * at every start, which dominated start-up at 100,000s of documents.
 */
export class Collection {
  private byKey = new Map<unknown, Doc>()
  /** Every document, sorted by _id. */
  readonly docs: Doc[] = []
  readonly indexes: HashIndex[]
  private fd = -1
  /** Set once the file is read and the indexes built. */
  isLoaded = false

  constructor(
    readonly name: string,
    readonly file: string,
    specs: IndexSpec[],
  ) {
    this.indexes = specs.map((s) => new HashIndex(s, () => this.docs))
  }

  get size(): number {
    return this.docs.length
  }

  /**
   * Reads the file into memory and builds the indexes. Yields to the event loop between
   * chunks, so a large collection loads while the emulator already answers, and awaits
   * `between` there (the Store pauses it while a request waits for another collection).
   */
  async load(between: () => Promise<void> | void = () => undefined): Promise<void> {
    const tmp = `${this.file}~`
    // A crash during compaction leaves only the temporary file (nedb's integrity rule).
    if (!fs.existsSync(this.file) && fs.existsSync(tmp)) fs.renameSync(tmp, this.file)
    let lines = 0
    let endsClean = true
    const intern = new Map<string, string>()
    if (fs.existsSync(this.file)) {
      const r = await readLines(this.file, between, (line) => {
        lines++
        let doc: Doc
        try {
          doc = deserialize(line, intern)
        } catch {
          return // a line cut short by a crash was never acknowledged
        }
        if (doc._id === undefined || doc._id === null) return // $$indexCreated lines of nedb
        if (doc.$$deleted === true) this.byKey.delete(idKey(doc._id))
        else this.byKey.set(idKey(doc._id), doc)
      })
      endsClean = r.endsWithNewline
    }
    for (const d of this.byKey.values()) this.docs.push(d)
    if (!isSortedById(this.docs)) this.docs.sort((a, b) => compareIds(a._id, b._id))
    // The other indexes are built on first use (HashIndex.built).
    for (const idx of this.indexes) {
      if (!idx.spec.unique) continue
      for (let i = 0; i < this.docs.length; i++) {
        idx.addSorted(this.docs[i])
        if (i % 50_000 === 49_999) await yieldNow()
      }
      idx.built = true
    }
    this.checkUnique()
    if (lines > 2 * this.docs.length + 1000) this.compact()
    else if (!endsClean) fs.appendFileSync(this.file, '\n') // never glue a write to a torn line
    this.fd = fs.openSync(this.file, 'a')
    this.isLoaded = true
  }

  /** Rewrites the file with only the live documents, crash-safe. */
  compact(): void {
    const tmp = `${this.file}~`
    const fd = fs.openSync(tmp, 'w')
    let buf: string[] = []
    const flush = () => {
      fs.writeSync(fd, buf.join(''))
      buf = []
    }
    for (const d of this.docs) {
      buf.push(serialize(d) + '\n')
      if (buf.length >= 1000) flush()
    }
    flush()
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    fs.renameSync(tmp, this.file)
    syncDir(this.file)
  }

  close(): void {
    if (this.fd >= 0) fs.closeSync(this.fd)
    this.fd = -1
  }

  get(id: unknown): Doc | undefined {
    return this.byKey.get(idKey(id))
  }

  /**
   * Stores new documents (all or none): refused if an `_id` or a unique index clashes, with
   * the name of the index. Copies them first, as nedb did, so callers keep their objects.
   */
  insert(docs: Doc[]): void {
    const copies = docs.map((d) => prepare(d))
    const batch = new Map<unknown, Doc>()
    for (const d of copies) {
      const k = idKey(d._id)
      if (this.byKey.has(k) || batch.has(k)) throw new UniqueViolation('_id_', ['_id'], d)
      this.uniqueClash(d, [...batch.values()])
      batch.set(k, d)
    }
    this.append(copies.map(serialize))
    for (const d of copies) this.put(d)
  }

  /** Replaces the stored document with the same `_id`. */
  replace(doc: Doc): void {
    const next = prepare(doc)
    const prev = this.get(next._id)
    this.uniqueClash(next, [])
    this.append([serialize(next)])
    if (prev) this.drop(prev)
    this.put(next)
  }

  remove(ids: unknown[]): void {
    const gone = ids.map((id) => this.get(id)).filter((d): d is Doc => !!d)
    if (!gone.length) return
    this.append(gone.map((d) => serialize({ $$deleted: true, _id: d._id })))
    for (const d of gone) this.drop(d)
  }

  /**
   * The unique index `doc` would violate among the stored documents (other than the stored
   * version of itself and any in `ignore`) and `extra`; throws a UniqueViolation naming it.
   */
  uniqueClash(doc: Doc, extra: Doc[], ignore?: (d: Doc) => boolean): void {
    for (const idx of this.indexes) {
      if (!idx.spec.unique) continue
      const other = (o: Doc) => compareIds(o._id, doc._id) !== 0
      const stored = idx.exact(doc).some((docs) => docs.some((o) => other(o) && !ignore?.(o)))
      const mine = idx.combos(doc).map((c) => c.map((k) => k.key))
      const inExtra = extra.some(
        (o) =>
          other(o) &&
          idx.combos(o).some((c) => mine.some((m) => m.every((k, i) => Object.is(k, c[i].key)))),
      )
      if (stored || inExtra) throw new UniqueViolation(idx.spec.name, idx.fields, doc)
    }
  }

  private checkUnique(): void {
    for (const idx of this.indexes) {
      if (!idx.spec.unique) continue
      for (const d of this.docs)
        if (idx.exact(d).some((docs) => docs.length > 1))
          throw new Error(`${this.name}: documents clash on unique index ${idx.spec.name}`)
    }
  }

  private append(lines: string[]): void {
    if (this.fd < 0) throw new Error(`collection ${this.name} is not open`)
    fs.writeSync(this.fd, lines.join('\n') + '\n')
  }

  private put(doc: Doc): void {
    this.byKey.set(idKey(doc._id), doc)
    insertSorted(this.docs, doc)
    for (const idx of this.indexes) idx.add(doc)
  }

  private drop(doc: Doc): void {
    this.byKey.delete(idKey(doc._id))
    removeSorted(this.docs, doc)
    for (const idx of this.indexes) idx.remove(doc)
  }
}

export class UniqueViolation extends Error {
  constructor(
    readonly index: string,
    readonly fields: string[],
    readonly doc: Doc,
  ) {
    super(`unique index ${index} violated`)
  }
}

function isSortedById(docs: Doc[]): boolean {
  for (let i = 1; i < docs.length; i++)
    if (compareIds(docs[i - 1]._id, docs[i]._id) > 0) return false
  return true
}

const yieldNow = () => new Promise<void>((r) => setImmediate(r))

/**
 * Calls `onLine` for every non-empty line, reading 1 MB at a time (a file can exceed the
 * longest string) and decoding each chunk up to its last newline as one string.
 */
async function readLines(
  file: string,
  between: () => Promise<void> | void,
  onLine: (line: string) => void,
): Promise<{ endsWithNewline: boolean }> {
  const fd = fs.openSync(file, 'r')
  // Parsing a chunk holds the event loop: 1 MB (~500 reports) keeps /healthz and other
  // collections' requests answering while a large collection loads.
  const chunk = Buffer.allocUnsafe(1 << 20)
  let carry: Buffer = Buffer.alloc(0)
  let last = 0x0a
  try {
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, null)
      if (n === 0) break
      last = chunk[n - 1]
      const buf = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n)
      const end = buf.lastIndexOf(0x0a)
      if (end >= 0) {
        const text = buf.toString('utf8', 0, end)
        for (let start = 0; start <= text.length; ) {
          let nl = text.indexOf('\n', start)
          if (nl < 0) nl = text.length
          if (nl > start) onLine(text.slice(start, nl))
          start = nl + 1
        }
      }
      carry = Buffer.from(buf.subarray(end + 1))
      await yieldNow()
      await between()
    }
    if (carry.length) onLine(carry.toString('utf8'))
  } finally {
    fs.closeSync(fd)
  }
  return { endsWithNewline: last === 0x0a }
}

function syncDir(file: string): void {
  try {
    const fd = fs.openSync(file.slice(0, file.lastIndexOf('/')) || '.', 'r')
    fs.fsyncSync(fd)
    fs.closeSync(fd)
  } catch {
    // some file systems refuse fsync on a directory; the rename is still atomic
  }
}

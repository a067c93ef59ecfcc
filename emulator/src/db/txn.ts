import fs from 'node:fs'
import path from 'node:path'
import { EJSON } from 'bson'
import { TcbError, dbFailed } from './errors'
import { newId } from './ids'
import type { Store } from './store'
import type { Doc } from './values'

/** A transaction's private view: documents written so far (null = deleted), per collection. */
export interface Txn {
  id: string
  overlay: Map<string, Map<string, { id: unknown; doc: Doc | null }>>
  release: () => void
  timer: NodeJS.Timeout
}

/** CloudBase aborts idle transactions; a dead worker must not hold the write lock forever. */
export const TXN_TIMEOUT_MS = 10_000

type Op = [coll: string, id: unknown, doc: Doc | null]

/**
 * Transactions: all-or-nothing via a commit journal (fsynced, replayed at start if a crash cut
 * a commit short) and isolated because a transaction holds the store's write lock throughout
 * while its writes stay in a private overlay until commit.
 */
export class Transactions {
  private open = new Map<string, Txn>()
  /** Set while a commit is being applied, so readers never see half of one. */
  committing: Promise<void> | null = null

  constructor(
    private store: Store,
    private onInsert: (coll: string, doc: Doc) => void,
  ) {}

  private get journal(): string {
    return path.join(this.store.dir, '_txn.journal')
  }

  /** Each operation waits for its own collection's load (tcb/database.ts), not for all. */
  async start(): Promise<string> {
    const release = await this.store.lock.acquire()
    const id = newId()
    const timer = setTimeout(() => this.abort(id).catch(() => undefined), TXN_TIMEOUT_MS)
    this.open.set(id, { id, overlay: new Map(), release, timer })
    return id
  }

  get(id: string): Txn {
    const t = this.open.get(id)
    if (!t)
      throw new TcbError(
        'DATABASE_TRANSACTION_FAIL',
        `transaction ${id} is not active (committed, aborted or timed out after ${TXN_TIMEOUT_MS} ms)`,
      )
    return t
  }

  read(t: Txn, coll: string, id: unknown): Doc | undefined {
    const hit = t.overlay.get(coll)?.get(JSON.stringify(id))
    if (hit) return hit.doc ?? undefined
    return this.store.byId(coll, id)
  }

  write(t: Txn, coll: string, id: unknown, doc: Doc | null): void {
    this.store.all(coll) // throws if the collection does not exist
    if (doc) {
      const touched = t.overlay.get(coll) ?? new Map()
      // The stored version of this very document is being replaced, not clashed with; stored
      // documents this transaction already rewrote count in their new version.
      const others = [...touched.values()]
        .map((e) => e.doc)
        .filter((d): d is Doc => !!d && JSON.stringify(d._id) !== JSON.stringify(id))
      const clash = this.store.uniqueConflict(coll, doc, others, (d) =>
        touched.has(JSON.stringify(d._id)),
      )
      if (clash) throw dbFailed(`E11000 duplicate key error collection: ${coll} index: ${clash}`)
    }
    if (!t.overlay.has(coll)) t.overlay.set(coll, new Map())
    t.overlay.get(coll)!.set(JSON.stringify(id), { id, doc })
  }

  async commit(id: string): Promise<void> {
    const t = this.get(id)
    this.close(t)
    const ops: Op[] = []
    for (const [coll, docs] of t.overlay)
      for (const { id: docId, doc } of docs.values()) ops.push([coll, docId, doc])
    let done!: () => void
    this.committing = new Promise((r) => (done = r))
    try {
      if (ops.length) {
        const fd = fs.openSync(this.journal, 'w')
        fs.writeSync(fd, EJSON.stringify({ ops }, { relaxed: false }))
        fs.fsyncSync(fd)
        fs.closeSync(fd)
        await this.apply(ops)
        fs.rmSync(this.journal, { force: true })
      }
    } finally {
      this.committing = null
      done()
      t.release()
    }
  }

  async abort(id: string): Promise<void> {
    const t = this.get(id)
    this.close(t)
    t.release()
  }

  private close(t: Txn): void {
    clearTimeout(t.timer)
    this.open.delete(t.id)
  }

  /** Replays a commit that a crash interrupted (puts and deletes are idempotent). */
  async recover(): Promise<void> {
    if (!fs.existsSync(this.journal)) return
    await this.store.allLoaded
    const text = fs.readFileSync(this.journal, 'utf8')
    try {
      const { ops } = EJSON.parse(text, { relaxed: true }) as { ops: Op[] }
      await this.apply(ops)
    } catch {
      // A journal cut short by the crash was never acknowledged: the transaction did not happen.
    }
    fs.rmSync(this.journal, { force: true })
  }

  private async apply(ops: Op[]): Promise<void> {
    for (const [coll, id, doc] of ops) {
      if (!this.store.has(coll)) continue
      if (!doc) await this.store.removeIds(coll, [id])
      else if (this.store.byId(coll, id)) await this.store.replace(coll, doc)
      else {
        await this.store.insert(coll, [doc])
        this.onInsert(coll, doc)
      }
    }
  }
}

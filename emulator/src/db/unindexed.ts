import fs from 'node:fs'
import { isOperatorObject } from './match'
import { conditions } from './plan'
import { dbFailed } from './errors'
import { isPlainObject, type Doc } from './values'

/** Under XB_STRICT_INDEXES=1, an unindexed query fails on a collection with more documents. */
export const STRICT_MIN_DOCS = 100

export interface UnindexedOptions {
  /** Where each new shape is appended as a JSON line (tests and the lead read it). */
  file?: string
  strict?: boolean
  log?: (line: string) => void
}

export interface UnindexedQuery {
  collection: string
  shape: string
  suggest: string
}

/**
 * CloudBase's slow-query log, locally: every query no index of emulator/indexes.json serves is
 * reported once per (collection, shape) — a log line and a JSON line in the file — naming the
 * index that would serve it. Strict mode turns it into an error the caller sees.
 */
export class UnindexedLog {
  private seen = new Set<string>()

  constructor(private o: UnindexedOptions = {}) {
    if (o.file && fs.existsSync(o.file))
      for (const line of fs.readFileSync(o.file, 'utf8').split('\n'))
        if (line) this.seen.add(keyOf(JSON.parse(line) as UnindexedQuery))
  }

  /** `unservedOr`: the branches of a top-level `$or` that no index serves. */
  report(
    collection: string,
    query: Doc,
    order: Record<string, number> | undefined,
    size: number,
    unservedOr: Doc[] = [],
  ): void {
    const q: UnindexedQuery = {
      collection,
      shape: shapeOf(query, order),
      suggest: unservedOr.length
        ? unservedOr.map((b) => suggest(b)).join(' and ') + ' (for its $or branches)'
        : suggest(query, order),
    }
    const k = keyOf(q)
    if (!this.seen.has(k)) {
      this.seen.add(k)
      this.o.log?.(
        `[emulator] unindexed query on ${collection}: ${q.shape} — index it with ${q.suggest}`,
      )
      if (this.o.file) fs.appendFileSync(this.o.file, JSON.stringify(q) + '\n')
    }
    if (this.o.strict && size > STRICT_MIN_DOCS)
      throw dbFailed(
        `unindexed query on ${collection} (${size} documents): ${q.shape}; add an index ${q.suggest} to emulator/indexes.json`,
      )
  }
}

const keyOf = (q: UnindexedQuery) => `${q.collection} ${q.shape}`

/** The query with its values blanked: `{"handler.id":"?","state":{"$in":"?"}} sort {...}`. */
export function shapeOf(query: Doc, order?: Record<string, number>): string {
  const blank = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.every(isPlainObject) && v.length ? v.map(blank) : '?'
    if (isOperatorObject(v))
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, k.startsWith('$') && isLogical(k) ? blank(x) : '?']),
      )
    if (isPlainObject(v))
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, blank(x)]))
    return '?'
  }
  const top = Object.fromEntries(
    Object.entries(query).map(([k, v]) => [k, k.startsWith('$') ? blank(v) : blankField(v, blank)]),
  )
  const sort = order && Object.keys(order).length ? ` sort ${JSON.stringify(order)}` : ''
  return JSON.stringify(top) + sort
}

const isLogical = (op: string) =>
  op === '$and' || op === '$or' || op === '$nor' || op === '$elemMatch' || op === '$not'

function blankField(v: unknown, blank: (v: unknown) => unknown): unknown {
  return isOperatorObject(v) ? blank(v) : '?'
}

/**
 * The index that would serve the query: its equality fields, then a range field, then the
 * sort (MongoDB's equality-sort-range rule puts sort before range; one range field follows).
 */
export function suggest(query: Doc, order?: Record<string, number>): string {
  const conds = conditions(query)
  const fields: Record<string, number> = {}
  for (const [f, c] of conds ?? []) if (c.keys) fields[f] = 1
  for (const [f, dir] of Object.entries(order ?? {})) fields[f] ??= dir < 0 ? -1 : 1
  for (const [f, c] of conds ?? []) if (c.range) fields[f] ??= 1
  for (const f of Object.keys(query)) if (!f.startsWith('$')) fields[f] ??= 1
  return Object.keys(fields).length
    ? JSON.stringify(fields)
    : 'none: a listing of the whole collection (page it by an indexed field)'
}

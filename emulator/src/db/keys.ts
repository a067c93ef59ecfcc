import { lookupAll } from './path'
import { compare, typeRank } from './values'

/**
 * Hash keys for index lookups. A key stands for one scalar value as MongoDB's `$eq` sees it:
 * null and missing are one key, a date is its time, 1 and 1.0 are one number. Objects, arrays
 * and regexes have no key: an indexed lookup never uses them (the query falls back to a scan).
 */
export type Key = string | number | boolean | null

const DATE = '\u0000d'

export function keyOf(v: unknown): Key | undefined {
  if (v === undefined || v === null) return null
  switch (typeof v) {
    case 'string':
      return v.startsWith('\u0000') ? `\u0000s${v}` : v
    case 'number':
    case 'boolean':
      return v
  }
  if (v instanceof Date) return DATE + v.getTime()
  return undefined
}

/**
 * The keys under which a document is found for `path`: the scalar a query `{ path: x }` or
 * `{ path: { $in: [x] } }` would match, following MongoDB's fan-out (every element of an array,
 * every value reached through arrays of documents). An empty array has none: it matches no
 * scalar. Objects and nested arrays have none either: they never equal a scalar operand.
 */
export function docKeys(doc: unknown, path: string): Key[] {
  return fieldKeys(doc, path).keys
}

/**
 * `docKeys`, and whether the field holds exactly one scalar (or is missing): then its key alone
 * places the document in a sort by that field (an ordered walk, ordered.ts), as it is not for
 * arrays (sorted by their smallest/largest element) or objects (no key at all).
 */
export function fieldKeys(doc: unknown, path: string): { keys: Key[]; single: boolean } {
  const values = lookupAll(doc, path)
  // NaN compares equal to every number in a sort: no place of its own in an order.
  const single =
    values.length === 1 &&
    !Array.isArray(values[0]) &&
    keyOf(values[0]) !== undefined &&
    !Number.isNaN(values[0])
  const out = new Set<Key>()
  for (const v of values) {
    if (Array.isArray(v)) {
      for (const el of v) {
        const k = keyOf(el)
        if (k !== undefined && el !== undefined) out.add(k)
      }
    } else {
      const k = keyOf(v)
      if (k !== undefined) out.add(k)
    }
  }
  return { keys: [...out], single }
}

/** The order of `_id`s nedb kept (numbers before strings, plain `<` within a type). */
export function compareIds(a: unknown, b: unknown): number {
  const ra = typeRank(a)
  const rb = typeRank(b)
  if (ra !== rb) return ra < rb ? -1 : 1
  if (typeof a === 'string' || typeof a === 'number')
    return a < (b as typeof a) ? -1 : a > (b as typeof a) ? 1 : 0
  return compare(a, b)
}

/** A Map key for an `_id` (strings and numbers as themselves, anything else by value). */
export function idKey(id: unknown): unknown {
  if (typeof id === 'string' || typeof id === 'number') return id
  return `\u0000i${JSON.stringify(id instanceof Date ? { $date: id.getTime() } : id)}`
}

/**
 * BSON-like value semantics on plain JS values: MongoDB's cross-type sort order, equality, and
 * deep copies. Everything that compares values (queries, sorts, $min/$max, group keys) uses
 * these so the emulator orders mixed types exactly like CloudBase's MongoDB does.
 */

export type Doc = Record<string, unknown>

export function isPlainObject(v: unknown): v is Doc {
  if (v === null || typeof v !== 'object') return false
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

/**
 * MongoDB comparison order: MinKey < null (and missing) < numbers < strings < objects < arrays
 * < binData < ObjectId < booleans < dates < regex. (https://www.mongodb.com/docs/manual/reference/bson-type-comparison-order/)
 */
export function typeRank(v: unknown): number {
  if (v === undefined || v === null) return 1
  if (typeof v === 'number' || typeof v === 'bigint') return 2
  if (typeof v === 'string') return 3
  if (Array.isArray(v)) return 5
  if (typeof v === 'boolean') return 8
  if (v instanceof Date) return 9
  if (v instanceof RegExp) return 10
  if (Buffer.isBuffer(v)) return 6
  return 4
}

export function compare(a: unknown, b: unknown): number {
  const ra = typeRank(a)
  const rb = typeRank(b)
  if (ra !== rb) return ra < rb ? -1 : 1
  switch (ra) {
    case 1:
      return 0
    case 2:
      return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0
    case 3:
      return a === b ? 0 : (a as string) < (b as string) ? -1 : 1
    case 8:
      return a === b ? 0 : a ? 1 : -1
    case 9:
      return Math.sign((a as Date).getTime() - (b as Date).getTime())
    case 5:
      return compareArrays(a as unknown[], b as unknown[])
    case 10:
      return String(a) === String(b) ? 0 : String(a) < String(b) ? -1 : 1
    case 6:
      return Buffer.compare(a as Buffer, b as Buffer)
    default:
      return compareObjects(a as Doc, b as Doc)
  }
}

function compareArrays(a: unknown[], b: unknown[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compare(a[i], b[i])
    if (c) return c
  }
  return Math.sign(a.length - b.length)
}

// Embedded documents compare field by field, in stored order: name first, then value.
function compareObjects(a: Doc, b: Doc): number {
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
    const c = compare(a[ka[i]], b[kb[i]])
    if (c) return c
    if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1
  }
  return Math.sign(ka.length - kb.length)
}

/** Equality as MongoDB's $eq sees it: same type bracket, deep, key order significant for objects. */
export function equals(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === undefined || a === null) return b === undefined || b === null
  if (typeRank(a) !== typeRank(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    return a.length === bb.length && a.every((x, i) => equals(x, bb[i]))
  }
  if (isPlainObject(a)) {
    const ka = Object.keys(a)
    const kb = Object.keys(b as Doc)
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && equals(a[k], (b as Doc)[k]))
  }
  return compare(a, b) === 0
}

export function clone<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clone) as T
  if (v instanceof Date) return new Date(v.getTime()) as T
  if (isPlainObject(v)) {
    const out: Doc = {}
    for (const k of Object.keys(v)) out[k] = clone(v[k])
    return out as T
  }
  return v
}

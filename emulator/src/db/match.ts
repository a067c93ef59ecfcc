import { lookupAll } from './path'
import { compare, equals, isPlainObject, typeRank, type Doc } from './values'
import { inGeometry, nearDistance, pointOf, withinMatches } from './geo'
import { evaluate } from './expr'

/**
 * MongoDB query matching on plain documents. The SDK already sends MongoDB syntax (`neq` is
 * `$ne`, `_.or` is `$or`…), so this is the MongoDB matcher, written out so that missing vs
 * null, array fan-out and type bracketing behave as documented rather than as nedb does.
 */
export function matches(doc: Doc, query: Doc): boolean {
  for (const key of Object.keys(query)) {
    const cond = query[key]
    if (key === '$and') {
      if (!asArray(key, cond).every((q) => matches(doc, q as Doc))) return false
    } else if (key === '$or') {
      if (!asArray(key, cond).some((q) => matches(doc, q as Doc))) return false
    } else if (key === '$nor') {
      if (asArray(key, cond).some((q) => matches(doc, q as Doc))) return false
    } else if (key === '$expr') {
      if (!truthy(evaluate(cond, doc))) return false
    } else if (key.startsWith('$')) {
      throw new Error(`unsupported top-level query operator ${key}`)
    } else if (!matchField(lookupAll(doc, key), cond)) return false
  }
  return true
}

function asArray(op: string, v: unknown): unknown[] {
  if (!Array.isArray(v) || v.length === 0) throw new Error(`${op} needs a non-empty array`)
  return v
}

export function truthy(v: unknown): boolean {
  return !(v === false || v === null || v === undefined || v === 0)
}

export function isOperatorObject(v: unknown): v is Doc {
  if (!isPlainObject(v)) return false
  const keys = Object.keys(v)
  return keys.length > 0 && keys.every((k) => k.startsWith('$'))
}

function matchField(values: unknown[], cond: unknown): boolean {
  if (isOperatorObject(cond))
    return Object.keys(cond).every((op) => matchOp(values, op, cond[op], cond))
  if (cond instanceof RegExp) return anyLeaf(values, (v) => typeof v === 'string' && cond.test(v))
  return eqAny(values, cond)
}

/** Tests a predicate on each reached value and, for arrays, on each element too. */
function anyLeaf(values: unknown[], pred: (v: unknown) => boolean): boolean {
  return values.some((v) => pred(v) || (Array.isArray(v) && v.some(pred)))
}

function eqAny(values: unknown[], x: unknown): boolean {
  return anyLeaf(values, (v) => equals(v, x))
}

function inAny(values: unknown[], list: unknown): boolean {
  if (!Array.isArray(list)) throw new Error('$in/$nin needs an array')
  return anyLeaf(values, (v) =>
    list.some((x) => (x instanceof RegExp ? typeof v === 'string' && x.test(v) : equals(v, x))),
  )
}

// Comparison operators only match within one type bracket (numbers with numbers, and so on).
function cmpAny(values: unknown[], x: unknown, ok: (c: number) => boolean): boolean {
  return anyLeaf(values, (v) => typeRank(v) === typeRank(x) && ok(compare(v, x)))
}

function toRegExp(re: unknown, options: unknown): RegExp {
  if (re instanceof RegExp) return options ? new RegExp(re.source, String(options)) : re
  return new RegExp(String(re), typeof options === 'string' ? options : '')
}

function matchOp(values: unknown[], op: string, x: unknown, whole: Doc): boolean {
  switch (op) {
    case '$eq':
      return eqAny(values, x)
    case '$ne':
      return !eqAny(values, x)
    case '$gt':
      return cmpAny(values, x, (c) => c > 0)
    case '$gte':
      return cmpAny(values, x, (c) => c >= 0)
    case '$lt':
      return cmpAny(values, x, (c) => c < 0)
    case '$lte':
      return cmpAny(values, x, (c) => c <= 0)
    case '$in':
      return inAny(values, x)
    case '$nin':
      return !inAny(values, x)
    case '$exists':
      return truthy(x) ? values.some((v) => v !== undefined) : values.every((v) => v === undefined)
    case '$size':
      return values.some((v) => Array.isArray(v) && v.length === x)
    case '$all':
      if (!Array.isArray(x) || x.length === 0) return false
      return x.every((item) =>
        isPlainObject(item) && item.$elemMatch
          ? matchOp(values, '$elemMatch', item.$elemMatch, item)
          : eqAny(values, item),
      )
    case '$elemMatch':
      return values.some((v) => Array.isArray(v) && v.some((el) => elemMatches(el, x as Doc)))
    case '$not':
      return !matchField(values, x)
    // CloudBase's field-level logic (`_.gt(1).and(_.lt(3))` inside elemMatch): each item is a
    // condition on the same values.
    case '$and':
      return asArray(op, x).every((c) => matchField(values, c))
    case '$or':
      return asArray(op, x).some((c) => matchField(values, c))
    case '$nor':
      return !asArray(op, x).some((c) => matchField(values, c))
    case '$regex': {
      const re = toRegExp(x, whole.$options)
      return anyLeaf(values, (v) => typeof v === 'string' && re.test(v))
    }
    case '$options':
    case '$maxDistance':
    case '$minDistance':
      return true
    case '$mod': {
      const [d, r] = x as [number, number]
      return anyLeaf(values, (v) => typeof v === 'number' && Math.trunc(v % d) === r)
    }
    case '$type':
      return anyLeaf(values, (v) => typeName(v) === x || (x === 'number' && typeof v === 'number'))
    case '$nearSphere':
    case '$near':
      return values.some((v) => nearDistance(v, x as Doc) !== null)
    case '$geoWithin':
      return values.some((v) => withinMatches(v, x as Doc))
    case '$geoIntersects':
      return values.some((v) => {
        const p = pointOf(v)
        return p !== null && inGeometry(p, (x as Doc).$geometry)
      })
    default:
      throw new Error(`unsupported query operator ${op}`)
  }
}

function elemMatches(el: unknown, q: Doc): boolean {
  if (isOperatorObject(q)) return Object.keys(q).every((op) => matchOp([el], op, q[op], q))
  return isPlainObject(el) && matches(el, q)
}

function typeName(v: unknown): string {
  if (v === null) return 'null'
  if (v === undefined) return 'missing'
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double'
  if (typeof v === 'string') return 'string'
  if (typeof v === 'boolean') return 'bool'
  if (Array.isArray(v)) return 'array'
  if (v instanceof Date) return 'date'
  if (v instanceof RegExp) return 'regex'
  return 'object'
}

/** The `$nearSphere` condition of a query, if any: its results are ordered by distance. */
export function findNear(query: Doc): { path: string; operand: Doc } | null {
  for (const key of Object.keys(query)) {
    const cond = query[key]
    if (key === '$and' && Array.isArray(cond)) {
      for (const q of cond) {
        const n = findNear(q as Doc)
        if (n) return n
      }
    } else if (isPlainObject(cond) && (cond.$nearSphere || cond.$near)) {
      return { path: key, operand: (cond.$nearSphere ?? cond.$near) as Doc }
    }
  }
  return null
}

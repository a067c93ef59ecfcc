import { getPath } from './path'
import { compare, equals, isPlainObject, type Doc } from './values'

/**
 * Aggregation expressions: `'$field'` paths, literals, objects of expressions and the common
 * operators. Unknown operators throw, naming the operator, instead of yielding null silently.
 */
export function evaluate(e: unknown, doc: Doc, vars: Doc = {}): unknown {
  if (typeof e === 'string' && e.startsWith('$$')) {
    const [name, ...rest] = e.slice(2).split('.')
    const base = name === 'ROOT' || name === 'CURRENT' ? doc : vars[name]
    return rest.length ? getPath(base, rest.join('.')) : base
  }
  if (typeof e === 'string' && e.startsWith('$')) return getPath(doc, e.slice(1))
  if (Array.isArray(e)) return e.map((x) => evaluate(x, doc, vars))
  if (!isPlainObject(e)) return e
  const keys = Object.keys(e)
  if (keys.length === 1 && keys[0].startsWith('$')) return operator(keys[0], e[keys[0]], doc, vars)
  const out: Doc = {}
  for (const k of keys) out[k] = evaluate(e[k], doc, vars)
  return out
}

type Ev = (x: unknown) => unknown
const num = (v: unknown): number =>
  typeof v === 'number' ? v : v instanceof Date ? v.getTime() : NaN

function operator(op: string, arg: unknown, doc: Doc, vars: Doc): unknown {
  const ev: Ev = (x) => evaluate(x, doc, vars)
  const args = (): unknown[] => (Array.isArray(arg) ? arg.map(ev) : [ev(arg)])
  const nullish = (xs: unknown[]) => xs.some((x) => x === null || x === undefined)
  switch (op) {
    case '$literal':
      return arg
    case '$add': {
      const xs = args()
      if (nullish(xs)) return null
      const sum = xs.reduce<number>((s, x) => s + num(x), 0)
      return xs.some((x) => x instanceof Date) ? new Date(sum) : sum
    }
    case '$subtract': {
      const [a, b] = args()
      if (nullish([a, b])) return null
      const d = num(a) - num(b)
      return a instanceof Date && !(b instanceof Date) ? new Date(d) : d
    }
    case '$multiply': {
      const xs = args()
      return nullish(xs) ? null : xs.reduce<number>((s, x) => s * num(x), 1)
    }
    case '$divide': {
      const [a, b] = args()
      if (nullish([a, b])) return null
      if (num(b) === 0) throw new Error('$divide by zero')
      return num(a) / num(b)
    }
    case '$mod': {
      const [a, b] = args()
      return nullish([a, b]) ? null : num(a) % num(b)
    }
    case '$abs': {
      const [a] = args()
      return a === null || a === undefined ? null : Math.abs(num(a))
    }
    case '$concat': {
      const xs = args()
      return nullish(xs) ? null : xs.join('')
    }
    case '$toUpper':
      return String(args()[0] ?? '').toUpperCase()
    case '$toLower':
      return String(args()[0] ?? '').toLowerCase()
    case '$substrCP':
    case '$substr': {
      const [s, start, len] = args()
      return String(s ?? '').substr(num(start), num(len))
    }
    case '$eq':
    case '$ne':
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
    case '$cmp': {
      const [a, b] = args()
      const c = compare(a, b)
      if (op === '$cmp') return c
      if (op === '$eq') return equals(a, b)
      if (op === '$ne') return !equals(a, b)
      return op === '$gt' ? c > 0 : op === '$gte' ? c >= 0 : op === '$lt' ? c < 0 : c <= 0
    }
    case '$and':
      return args().every(isTrue)
    case '$or':
      return args().some(isTrue)
    case '$not':
      return !isTrue(args()[0])
    case '$cond': {
      const [c, t, f] = Array.isArray(arg)
        ? arg
        : [(arg as Doc).if, (arg as Doc).then, (arg as Doc).else]
      return isTrue(ev(c)) ? ev(t) : ev(f)
    }
    case '$ifNull': {
      const xs = args()
      return xs.find((x) => x !== null && x !== undefined) ?? xs[xs.length - 1] ?? null
    }
    case '$in': {
      const [x, list] = args()
      if (!Array.isArray(list)) throw new Error('$in needs an array as its second argument')
      return list.some((y) => equals(x, y))
    }
    case '$size': {
      const [a] = args()
      if (!Array.isArray(a)) throw new Error('The argument to $size must be an array')
      return a.length
    }
    case '$arrayElemAt': {
      const [a, i] = args()
      if (!Array.isArray(a)) return null
      const idx = num(i) < 0 ? a.length + num(i) : num(i)
      return a[idx]
    }
    case '$sum':
    case '$avg':
    case '$max':
    case '$min': {
      const xs = args()
      const list = xs.length === 1 && Array.isArray(xs[0]) ? (xs[0] as unknown[]) : xs
      return reduceNumbers(op, list)
    }
    case '$year':
    case '$month':
    case '$dayOfMonth':
    case '$hour': {
      const d = args()[0]
      if (!(d instanceof Date)) return null
      return op === '$year'
        ? d.getUTCFullYear()
        : op === '$month'
          ? d.getUTCMonth() + 1
          : op === '$hour'
            ? d.getUTCHours()
            : d.getUTCDate()
    }
    case '$toString': {
      const [a] = args()
      return a === null || a === undefined ? null : a instanceof Date ? a.toISOString() : String(a)
    }
    default:
      throw new Error(`unsupported aggregation expression operator ${op}`)
  }
}

function isTrue(v: unknown): boolean {
  return !(v === false || v === null || v === undefined || v === 0)
}

/** $sum/$avg ignore non-numbers; $min/$max ignore null and missing, as MongoDB documents. */
export function reduceNumbers(op: string, list: unknown[]): unknown {
  if (op === '$sum') return list.reduce<number>((s, x) => (typeof x === 'number' ? s + x : s), 0)
  if (op === '$avg') {
    const ns = list.filter((x): x is number => typeof x === 'number')
    return ns.length ? ns.reduce((s, x) => s + x, 0) / ns.length : null
  }
  const vals = list.filter((x) => x !== null && x !== undefined)
  if (!vals.length) return null
  return vals.reduce((m, x) =>
    op === '$max' ? (compare(x, m) > 0 ? x : m) : compare(x, m) < 0 ? x : m,
  )
}

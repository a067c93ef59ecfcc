import { isPlainObject, type Doc } from './values'

/**
 * Dot-path lookup with MongoDB's array traversal: `a.b` reaches `b` in every document of an
 * array `a`, and a numeric part (`a.0`) indexes an array. Returns every value reached;
 * `undefined` stands for "missing" (so `{ 'a.b': null }` can match a missing `b`).
 */
export function lookupAll(doc: unknown, path: string): unknown[] {
  const out: unknown[] = []
  walk(doc, path.split('.'), 0, out)
  return out
}

function walk(v: unknown, parts: string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    out.push(v)
    return
  }
  const part = parts[i]
  if (Array.isArray(v)) {
    const before = out.length
    if (/^\d+$/.test(part) && Number(part) < v.length) walk(v[Number(part)], parts, i + 1, out)
    for (const el of v) if (isPlainObject(el)) walk(el, parts, i, out)
    if (out.length === before) out.push(undefined)
    return
  }
  if (isPlainObject(v)) {
    walk(Object.prototype.hasOwnProperty.call(v, part) ? v[part] : undefined, parts, i + 1, out)
    return
  }
  out.push(undefined)
}

/** Plain lookup without array fan-out (used by sorts of scalars, group keys, expressions). */
export function getPath(doc: unknown, path: string): unknown {
  let v: unknown = doc
  for (const part of path.split('.')) {
    if (Array.isArray(v)) {
      if (/^\d+$/.test(part)) v = v[Number(part)]
      else
        v = v.map((el) => (isPlainObject(el) ? el[part] : undefined)).filter((x) => x !== undefined)
    } else if (isPlainObject(v)) v = v[part]
    else return undefined
  }
  return v
}

/** Finds the container and key for a write to `path`, creating objects on the way (for $set etc). */
export function resolveForWrite(
  doc: Doc,
  path: string,
  create: boolean,
): { parent: Doc | unknown[]; key: string } | null {
  const parts = path.split('.')
  let cur: Doc | unknown[] = doc
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]
    let next: unknown = Array.isArray(cur) ? cur[Number(part)] : cur[part]
    if (next === undefined || next === null) {
      if (!create) return null
      if (next === null)
        throw new Error(`Cannot create field '${parts[i + 1]}' in element {${part}: null}`)
      next = {}
      if (Array.isArray(cur)) {
        if (!/^\d+$/.test(part)) throw new Error(`Cannot create field '${part}' in an array`)
        padArray(cur, Number(part))
        cur[Number(part)] = next
      } else cur[part] = next
    }
    if (!isPlainObject(next) && !Array.isArray(next)) {
      throw new Error(
        `Cannot create field '${parts[i + 1]}' in element {${part}: ${JSON.stringify(next)}}`,
      )
    }
    if (Array.isArray(next) && !/^\d+$/.test(parts[i + 1])) {
      throw new Error(`Cannot create field '${parts[i + 1]}' in element {${part}: [...]}`)
    }
    cur = next as Doc | unknown[]
  }
  return { parent: cur, key: parts[parts.length - 1] }
}

export function padArray(arr: unknown[], index: number): void {
  while (arr.length < index) arr.push(null)
}

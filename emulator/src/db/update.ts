import { matches, isOperatorObject } from './match'
import { padArray, resolveForWrite } from './path'
import { clone, compare, equals, isPlainObject, type Doc } from './values'
import { getPath } from './path'

/**
 * MongoDB update operators on a copy of a document. Absent fields behave as documented:
 * $inc/$min/$max/$push/$addToSet create the field, $mul creates 0, $pop/$pull/$rename/$unset
 * do nothing. Type errors throw with MongoDB's wording.
 */
export function applyUpdate(original: Doc, update: Doc, isInsert = false): Doc {
  const doc = clone(original)
  for (const op of Object.keys(update)) {
    const fields = update[op]
    if (!isPlainObject(fields))
      throw new Error(`Modifiers operate on fields but we found ${op} with a non-object`)
    for (const path of Object.keys(fields)) {
      if (path === '_id' || path.startsWith('_id.'))
        throw new Error(
          "Performing an update on the path '_id' would modify the immutable field '_id'",
        )
      applyOne(doc, op, path, fields[path], isInsert)
    }
  }
  return doc
}

export function isOperatorUpdate(update: Doc): boolean {
  return Object.keys(update).some((k) => k.startsWith('$'))
}

function read(doc: Doc, path: string): { found: boolean; value: unknown } {
  const slot = resolveForWrite(doc, path, false)
  if (!slot) return { found: false, value: undefined }
  const { parent, key } = slot
  const value = Array.isArray(parent) ? parent[Number(key)] : (parent as Doc)[key]
  return { found: value !== undefined, value }
}

function write(doc: Doc, path: string, value: unknown): void {
  const { parent, key } = resolveForWrite(doc, path, true)!
  if (Array.isArray(parent)) {
    if (!/^\d+$/.test(key)) throw new Error(`Cannot create field '${key}' in an array`)
    padArray(parent, Number(key))
    parent[Number(key)] = value
  } else parent[key] = value
}

function remove(doc: Doc, path: string): void {
  const slot = resolveForWrite(doc, path, false)
  if (!slot) return
  if (Array.isArray(slot.parent)) slot.parent[Number(slot.key)] = null
  else delete (slot.parent as Doc)[slot.key]
}

function applyOne(doc: Doc, op: string, path: string, arg: unknown, isInsert: boolean): void {
  const cur = read(doc, path)
  switch (op) {
    case '$set':
      return write(doc, path, clone(arg))
    case '$setOnInsert':
      if (isInsert) write(doc, path, clone(arg))
      return
    case '$unset':
      return remove(doc, path)
    case '$inc':
    case '$mul': {
      if (typeof arg !== 'number')
        throw new Error(
          `Cannot ${op === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: {${path}: ${JSON.stringify(arg)}}`,
        )
      if (!cur.found) return write(doc, path, op === '$inc' ? arg : 0)
      if (typeof cur.value !== 'number')
        throw new Error(
          `Cannot apply ${op} to a value of non-numeric type. {_id: ${JSON.stringify(doc._id)}} has the field '${path}' of non-numeric type ${typeof cur.value === 'object' ? (cur.value === null ? 'null' : 'object') : typeof cur.value}`,
        )
      return write(doc, path, op === '$inc' ? cur.value + arg : cur.value * arg)
    }
    case '$min':
    case '$max':
      if (!cur.found || (op === '$min' ? compare(arg, cur.value) < 0 : compare(arg, cur.value) > 0))
        write(doc, path, clone(arg))
      return
    case '$rename': {
      if (typeof arg !== 'string') throw new Error('$rename target must be a string')
      if (!cur.found) return
      remove(doc, path)
      return write(doc, arg, cur.value)
    }
    case '$currentDate':
      return write(doc, path, new Date())
    case '$push':
    case '$addToSet':
      return pushLike(doc, op, path, cur, arg)
    case '$pop': {
      if (!cur.found) return
      const arr = arrayAt(cur.value, op, path)
      if (arg === -1) arr.shift()
      else arr.pop()
      return
    }
    case '$pull':
    case '$pullAll': {
      if (!cur.found) return
      const arr = arrayAt(cur.value, op, path)
      const keep = arr.filter(
        (el) =>
          !(op === '$pullAll'
            ? (arg as unknown[]).some((x) => equals(el, x))
            : pullMatches(el, arg)),
      )
      return write(doc, path, keep)
    }
    default:
      throw new Error(`Unknown modifier: ${op}`)
  }
}

function arrayAt(v: unknown, op: string, path: string): unknown[] {
  if (!Array.isArray(v))
    throw new Error(`Cannot apply ${op} to a non-array value (field '${path}')`)
  return v
}

function pullMatches(el: unknown, cond: unknown): boolean {
  if (isOperatorObject(cond)) return matches({ v: el }, { v: cond })
  if (isPlainObject(cond) && isPlainObject(el)) return matches(el, cond)
  return equals(el, cond)
}

function pushLike(
  doc: Doc,
  op: string,
  path: string,
  cur: { found: boolean; value: unknown },
  arg: unknown,
): void {
  const arr = cur.found ? arrayAt(cur.value, op, path) : []
  // wx-server-sdk sends _.addToSet({ each }) without the `$` (and push with it): accept both.
  const bareEach = op === '$addToSet' && isPlainObject(arg) && Object.keys(arg).join() === 'each'
  const mods =
    isPlainObject(arg) && '$each' in arg ? arg : bareEach ? { $each: arg.each } : { $each: [arg] }
  const each = mods.$each
  if (!Array.isArray(each)) throw new Error('The argument to $each must be an array')
  if (op === '$addToSet') {
    for (const x of each) if (!arr.some((el) => equals(el, x))) arr.push(clone(x))
    return write(doc, path, arr)
  }
  const pos = typeof mods.$position === 'number' ? mods.$position : arr.length
  const at = pos < 0 ? Math.max(0, arr.length + pos) : Math.min(pos, arr.length)
  arr.splice(at, 0, ...each.map(clone))
  if (mods.$sort !== undefined) sortArray(arr, mods.$sort)
  let out = arr
  if (typeof mods.$slice === 'number') {
    out =
      mods.$slice >= 0
        ? arr.slice(0, mods.$slice)
        : arr.slice(arr.length + mods.$slice < 0 ? 0 : arr.length + mods.$slice)
  }
  write(doc, path, out)
}

function sortArray(arr: unknown[], spec: unknown): void {
  if (typeof spec === 'number') {
    arr.sort((a, b) => compare(a, b) * spec)
    return
  }
  const keys = Object.entries(spec as Record<string, number>)
  arr.sort((a, b) => {
    for (const [k, dir] of keys) {
      const c = compare(getPath(a, k), getPath(b, k))
      if (c) return c * dir
    }
    return 0
  })
}

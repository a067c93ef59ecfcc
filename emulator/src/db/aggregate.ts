import { evaluate, reduceNumbers } from './expr'
import { matches } from './match'
import { getPath, lookupAll } from './path'
import { project, sortDocs } from './query'
import { distanceMeters, pointOf, type LngLat } from './geo'
import { clone, compare, equals, isPlainObject, type Doc } from './values'

/** Reads another collection for $lookup. */
export type CollectionReader = (name: string) => Doc[]

/**
 * The aggregation pipeline: match, project, addFields, group, sort, skip, limit, count, unwind,
 * lookup, sortByCount, replaceRoot, sample and geoNear. Other stages throw, naming the stage.
 */
export function runPipeline(
  input: Doc[],
  stages: Array<[string, unknown]>,
  read: CollectionReader,
): Doc[] {
  let docs = input
  stages.forEach(([stage, arg], i) => {
    if (stage === '$geoNear' && i !== 0)
      throw new Error('$geoNear is only valid as the first stage in a pipeline')
    docs = runStage(docs, stage, arg, read)
  })
  return docs
}

function runStage(docs: Doc[], stage: string, arg: unknown, read: CollectionReader): Doc[] {
  const a = arg as Doc
  switch (stage) {
    case '$match':
      return docs.filter((d) => matches(d, a))
    case '$project':
      return docs.map((d) => projectStage(d, a))
    case '$addFields':
    case '$set':
      return docs.map((d) => {
        const out = clone(d)
        for (const [k, e] of Object.entries(a)) setDotted(out, k, evaluate(e, d))
        return out
      })
    case '$group':
      return group(docs, a)
    case '$sort':
      return sortDocs(docs, a as Record<string, number>)
    case '$skip':
      return docs.slice(Number(arg))
    case '$limit':
      return docs.slice(0, Number(arg))
    case '$count':
      return docs.length ? [{ [String(arg)]: docs.length }] : []
    case '$unwind':
      return unwind(docs, typeof arg === 'string' ? { path: arg } : a)
    case '$lookup': {
      const foreign = read(String(a.from))
      return docs.map((d) => {
        const local = getPath(d, String(a.localField))
        const keys = Array.isArray(local) ? local : [local]
        const joined = foreign.filter((f) =>
          lookupAll(f, String(a.foreignField)).some((fv) =>
            keys.some((k) => equals(fv, k) || (Array.isArray(fv) && fv.some((x) => equals(x, k)))),
          ),
        )
        return { ...d, [String(a.as)]: joined.map(clone) }
      })
    }
    case '$sortByCount':
      return sortDocs(group(docs, { _id: arg, count: { $sum: 1 } }), { count: -1 })
    case '$replaceRoot':
      return docs.map((d) => evaluate(a.newRoot, d) as Doc)
    case '$sample':
      return [...docs].sort(() => Math.random() - 0.5).slice(0, Number(a.size))
    case '$geoNear':
      return geoNear(docs, a)
    default:
      throw new Error(`aggregate stage ${stage} is not implemented by the local emulator`)
  }
}

function projectStage(d: Doc, spec: Doc): Doc {
  const computed = Object.entries(spec).filter(
    ([, v]) => typeof v === 'string' || (isPlainObject(v) && !('$slice' in v)),
  )
  if (!computed.length) return project(d, spec)
  // With a computed field the stage is an inclusion: `_id: 0` alone must not flip it to exclusion.
  const plain = Object.fromEntries(
    Object.entries(spec).filter(([k]) => k !== '_id' && !computed.some(([c]) => c === k)),
  )
  const out = Object.keys(plain).length
    ? project(d, { ...plain, _id: spec._id ?? 1 })
    : { _id: d._id }
  if (spec._id === 0 || spec._id === false) delete out._id
  for (const [k, e] of computed) setDotted(out, k, evaluate(e, d))
  return out
}

function setDotted(doc: Doc, path: string, value: unknown): void {
  const parts = path.split('.')
  let cur = doc
  for (const p of parts.slice(0, -1)) {
    if (!isPlainObject(cur[p])) cur[p] = {}
    cur = cur[p] as Doc
  }
  cur[parts[parts.length - 1]] = value
}

function group(docs: Doc[], spec: Doc): Doc[] {
  const groups: Array<{ key: unknown; docs: Doc[] }> = []
  for (const d of docs) {
    const key = evaluate(spec._id, d) ?? null
    const g = groups.find((x) => equals(x.key, key))
    if (g) g.docs.push(d)
    else groups.push({ key, docs: [d] })
  }
  return groups.map(({ key, docs: members }) => {
    const out: Doc = { _id: key }
    for (const [field, acc] of Object.entries(spec)) {
      if (field === '_id') continue
      const [op, e] = Object.entries(acc as Doc)[0]
      const vals = members.map((m) => evaluate(e, m))
      out[field] = accumulate(op, vals)
    }
    return out
  })
}

function accumulate(op: string, vals: unknown[]): unknown {
  switch (op) {
    case '$sum':
    case '$avg':
    case '$min':
    case '$max':
      return reduceNumbers(op, vals)
    case '$push':
      return vals.filter((v) => v !== undefined)
    case '$addToSet':
      return vals.filter((v, i) => v !== undefined && vals.findIndex((w) => equals(w, v)) === i)
    case '$first':
      return vals[0] ?? null
    case '$last':
      return vals[vals.length - 1] ?? null
    case '$count':
      return vals.length
    default:
      throw new Error(`unsupported $group accumulator ${op}`)
  }
}

function unwind(docs: Doc[], spec: Doc): Doc[] {
  const path = String(spec.path).replace(/^\$/, '')
  const out: Doc[] = []
  for (const d of docs) {
    const v = getPath(d, path)
    if (Array.isArray(v) && v.length) {
      v.forEach((el, i) => {
        const copy = clone(d)
        setDotted(copy, path, clone(el))
        if (spec.includeArrayIndex) copy[String(spec.includeArrayIndex)] = i
        out.push(copy)
      })
    } else if (v !== undefined && v !== null && !Array.isArray(v)) {
      const copy = clone(d)
      if (spec.includeArrayIndex) copy[String(spec.includeArrayIndex)] = null
      out.push(copy)
    } else if (spec.preserveNullAndEmptyArrays) {
      const copy = clone(d)
      if (Array.isArray(v)) delete copy[path]
      if (spec.includeArrayIndex) copy[String(spec.includeArrayIndex)] = null
      out.push(copy)
    }
  }
  return out
}

function geoNear(docs: Doc[], spec: Doc): Doc[] {
  const center = pointOf(spec.near) as LngLat
  const key = typeof spec.key === 'string' ? spec.key : findGeoField(docs)
  const rows: Array<{ d: Doc; dist: number }> = []
  for (const d of docs) {
    const p = pointOf(getPath(d, key))
    if (!p) continue
    const dist = distanceMeters(center, p)
    if (typeof spec.maxDistance === 'number' && dist > spec.maxDistance) continue
    if (typeof spec.minDistance === 'number' && dist < spec.minDistance) continue
    if (spec.query && !matches(d, spec.query as Doc)) continue
    rows.push({
      d,
      dist: dist * (typeof spec.distanceMultiplier === 'number' ? spec.distanceMultiplier : 1),
    })
  }
  rows.sort((a, b) => compare(a.dist, b.dist))
  return rows.map(({ d, dist }) => {
    const out = clone(d)
    setDotted(out, String(spec.distanceField ?? 'distance'), dist)
    return out
  })
}

function findGeoField(docs: Doc[]): string {
  for (const d of docs)
    for (const [k, v] of Object.entries(d)) if (pointOf(v) && isPlainObject(v)) return k
  return 'location'
}

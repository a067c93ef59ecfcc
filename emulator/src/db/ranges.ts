import { lowerBound } from './sorted'
import { compare, typeRank } from './values'

/**
 * A range condition (`$gt`/`$gte`/`$lt`/`$lte` and their operands) as the matcher applies it,
 * and as a walk over values in index order (`compare`: types in their brackets) uses it.
 */
export type RangeOps = Array<[op: string, x: unknown]>

/** Whether `v` is in the range: within the operand's type bracket, as the matcher decides. */
export function rangeTest(ops: RangeOps): (v: unknown) => boolean {
  return (v) =>
    ops.every(([op, x]) => {
      if (typeRank(v) !== typeRank(x)) return false
      const c = compare(v, x)
      return op === '$gt' ? c > 0 : op === '$gte' ? c >= 0 : op === '$lt' ? c < 0 : c <= 0
    })
}

/**
 * Whether a walk in value order has gone past the range for good: below a lower end walking down
 * (`desc`), above an upper end walking up. Every later value is past it too.
 */
export function pastRange(ops: RangeOps, desc: boolean): (v: unknown) => boolean {
  const ends = ops.filter(([op]) =>
    desc ? op === '$gt' || op === '$gte' : op === '$lt' || op === '$lte',
  )
  return (v) =>
    ends.some(([op, x]) => {
      const c = compare(v, x)
      return desc ? c < 0 || (op === '$gt' && c === 0) : c > 0 || (op === '$lt' && c === 0)
    })
}

/**
 * The first of `sorted` (entries in value order) a walk up the range need look at: every one
 * before it is below some lower end (`$gt`/`$gte`), so outside.
 */
export function rangeStart(sorted: Array<{ value: unknown }>, ops: RangeOps): number {
  let start = 0
  for (const [op, x] of ops) {
    if (op === '$gte')
      start = Math.max(
        start,
        lowerBound(sorted, (e) => compare(e.value, x) < 0),
      )
    if (op === '$gt')
      start = Math.max(
        start,
        lowerBound(sorted, (e) => compare(e.value, x) <= 0),
      )
  }
  return start
}

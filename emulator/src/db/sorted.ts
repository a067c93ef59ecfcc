import { compareIds } from './keys'
import type { Doc } from './values'

/** Arrays kept sorted: a collection's documents and each index's leaves, by `_id`. */

/** The first index of sorted `items` that `below` is false for (binary search). */
export function lowerBound<T>(items: T[], below: (x: T) => boolean): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (below(items[mid])) lo = mid + 1
    else hi = mid
  }
  return lo
}

const position = (docs: Doc[], id: unknown) => lowerBound(docs, (d) => compareIds(d._id, id) < 0)

/** Inserts (or replaces the document with the same _id) keeping `docs` sorted by _id. */
export function insertSorted(docs: Doc[], doc: Doc): void {
  const n = docs.length
  if (!n || compareIds(docs[n - 1]._id, doc._id) < 0) {
    docs.push(doc)
    return
  }
  const i = position(docs, doc._id)
  if (i < n && compareIds(docs[i]._id, doc._id) === 0) docs[i] = doc
  else docs.splice(i, 0, doc)
}

export function removeSorted(docs: Doc[], doc: Doc): void {
  const i = position(docs, doc._id)
  if (i < docs.length && compareIds(docs[i]._id, doc._id) === 0) docs.splice(i, 1)
}

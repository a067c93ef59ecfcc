import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import type { Collection } from '../../../emulator/src/db/collection'
import { Database } from '../../../emulator/src/db/database'
import { matches } from '../../../emulator/src/db/match'
import { orderedPage } from '../../../emulator/src/db/ordered'
import { sortDocs } from '../../../emulator/src/db/query'
import { Store, type IndexManifest } from '../../../emulator/src/db/store'
import type { Doc } from '../../../emulator/src/db/values'

/**
 * A sorted page read in index order (ordered.ts) must be exactly the page the full-scan path
 * gives (match every document, stable sort of the `_id`-ordered matches, skip, limit): equality
 * and `$in` prefixes, ranges on the sort field, both directions, ties (by `_id`), a second sort
 * field, mixed types, null and missing — also after writes, a transaction and a reopen; and an
 * aggregation's leading $match, $sort, $limit, read the same way.
 */
const MANIFEST: IndexManifest = {
  t: [
    { name: 'at_-1', fields: ['at'] },
    { name: 'st_1_at_-1', fields: ['st', 'at'] },
    { name: 'st_1_s_1_at_-1', fields: ['st', 's', 'at'] },
    { name: 'g_1_n_1_s_1', fields: ['g', 'n', 's'] },
  ],
}

const DAY = 86_400_000
const atArb = fc.oneof(
  fc.integer({ min: 0, max: 6 }).map((d) => new Date(d * DAY)),
  fc.constantFrom(null, 3, 'x'),
)
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 6 })
const docArb = fc.record(
  {
    st: maybe(fc.constantFrom('h', 'f', null)),
    s: maybe(fc.constantFrom('open', 'done', 'new')),
    g: maybe(fc.constantFrom('g1', 'g2')),
    n: maybe(fc.oneof(fc.integer({ min: -2, max: 2 }), fc.constantFrom('2', true))),
    at: maybe(atArb),
  },
  { requiredKeys: [] },
)
const day = fc.integer({ min: 0, max: 6 }).map((d) => new Date(d * DAY))
const queryArb: fc.Arbitrary<Doc> = fc.record(
  {
    st: fc.oneof(fc.constantFrom('h', 'f', null), fc.record({ $in: fc.constant(['h', 'f']) })),
    s: fc.oneof(
      fc.constantFrom('open', 'done'),
      fc.record({ $in: fc.subarray(['open', 'done', 'new'], { minLength: 1 }) }),
    ),
    g: fc.constantFrom('g1', 'g2'),
    at: fc.oneof(
      fc.record({ $gte: day }),
      fc.record({ $lt: day }),
      fc.record({ $and: fc.tuple(fc.record({ $gte: day }), fc.record({ $lte: day })) }),
    ),
    $or: fc.constant([{ s: 'new' }, { n: { $gt: 0 } }]),
  },
  { requiredKeys: [] },
)
const orderArb = fc.constantFrom<Record<string, number>>(
  { at: -1 },
  { at: 1 },
  { n: 1 },
  { n: -1, s: 1 },
  { s: -1 },
  { at: -1, n: 1 },
)

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-ord-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

async function openStore(): Promise<Store> {
  const store = new Store(dir)
  await store.open(MANIFEST)
  await store.allLoaded
  return store
}

const collOf = (store: Store) => (store as unknown as { coll(n: string): Collection }).coll('t')
const ids = (docs: Doc[]) => docs.map((d) => d._id)
const fullScan = (store: Store, q: Doc, order: Record<string, number>, skip: number, n: number) =>
  sortDocs(
    store.all('t').filter((d) => matches(d, q)),
    order,
  ).slice(skip, skip + n)

test('a page read in index order equals the full scan, after writes, a transaction and a reopen', async () => {
  let walked = 0
  await fc.assert(
    fc.asyncProperty(
      fc.array(docArb, { minLength: 1, maxLength: 80 }),
      fc.array(fc.tuple(queryArb, orderArb, fc.nat(6), fc.integer({ min: 1, max: 8 })), {
        minLength: 4,
        maxLength: 8,
      }),
      fc.array(fc.tuple(fc.nat(79), docArb), { maxLength: 8 }),
      async (docs, queries, rewrites) => {
        fs.rmSync(path.join(dir, 't.db'), { force: true })
        let store = await openStore()
        let db = new Database(store, () => undefined)
        const idOf = (i: number) => `d${String(i % docs.length).padStart(3, '0')}`
        await db.insert(
          't',
          docs.map((d, i) => ({ _id: idOf(i), ...d })),
        )
        const check = async () => {
          for (const [q, order, skip, limit] of queries) {
            const want = ids(fullScan(store, q, order, skip, limit))
            const page = orderedPage(collOf(store), q, order, skip + limit, Infinity)
            if (page) {
              walked++
              expect(ids(page.docs.slice(skip))).toEqual(want)
            }
            expect(ids(await db.find('t', { query: q, order, offset: skip, limit }))).toEqual(want)
            // The same page as a pipeline's leading $match, $sort, $limit (as MongoDB streams it).
            const stages: Array<[string, unknown]> = [
              ['$match', q],
              ['$sort', order],
              ['$limit', skip + limit],
              ['$skip', skip],
            ]
            expect(ids(await db.aggregate('t', stages))).toEqual(want)
          }
        }
        await check() // builds the sorted entries: the writes below must keep them current
        for (const [i, d] of rewrites) {
          if (i % 3 === 0) await store.removeIds('t', [idOf(i)])
          else await store.replace('t', { _id: idOf(i), ...d })
        }
        await check()
        const txn = await db.txns.start()
        db.txnModify(db.txns.get(txn), 't', idOf(0), {
          data: { at: new Date(9 * DAY), st: 'h', s: 'open' },
          merge: true,
          upsert: true,
        })
        db.txnInsert(db.txns.get(txn), 't', [{ _id: 'new', st: 'h', s: 'done', at: null }])
        await db.txns.commit(txn)
        await check()
        store.close()
        store = await openStore()
        db = new Database(store, () => undefined)
        await check()
        store.close()
      },
    ),
    { numRuns: 80 },
  )
  // Not vacuous: most pages are walked in index order.
  expect(walked).toBeGreaterThan(1000)
}, 120_000)

test('a document with an array or an object in an indexed field keeps that index out of ordered walks until it is gone', async () => {
  const store = await openStore()
  const docs = Array.from({ length: 50 }, (_, i) => ({ _id: `d${i}`, st: 'h', at: i }))
  await store.insert('t', docs)
  const coll = collOf(store)
  expect(orderedPage(coll, { st: 'h' }, { at: -1 }, 3, Infinity)?.index).toBe('st_1_at_-1')
  // Sorted descending an array counts by its largest element, which its keys do not tell.
  await store.insert('t', [{ _id: 'arr', st: 'h', at: [-5, 99] }])
  expect(orderedPage(coll, { st: 'h' }, { at: -1 }, 3, Infinity)).toBeNull()
  const db = new Database(store, () => undefined)
  const top = await db.find('t', { query: { st: 'h' }, order: { at: -1 }, limit: 2 })
  expect(ids(top)).toEqual(['arr', 'd49'])
  await store.removeIds('t', ['arr'])
  await store.insert('t', [{ _id: 'obj', st: 'h', at: { x: 1 } }])
  expect(orderedPage(coll, { st: 'h' }, { at: -1 }, 3, Infinity)).toBeNull()
  await store.removeIds('t', ['obj'])
  expect(ids(orderedPage(coll, { st: 'h' }, { at: -1 }, 3, Infinity)!.docs)).toEqual([
    'd49',
    'd48',
    'd47',
  ])
  store.close()
})

test('the first page of a large sorted queue reads only about a page, and gives up on rare matches', async () => {
  const store = await openStore()
  const docs = Array.from({ length: 10_000 }, (_, i) => ({
    _id: `r${String(i).padStart(5, '0')}`,
    st: 'h',
    s: i % 500 === 0 ? 'new' : 'done',
    at: new Date(i * 60_000),
  }))
  for (let i = 0; i < docs.length; i += 1000) await store.insert('t', docs.slice(i, i + 1000))
  const coll = collOf(store)
  // Budget 40: it must find the 20 newest of 10,000 having looked at about 20 documents.
  const page = orderedPage(coll, { st: 'h', s: { $in: ['done', 'open'] } }, { at: -1 }, 20, 40)
  expect(ids(page!.docs)).toEqual(ids(fullScan(store, { st: 'h', s: 'done' }, { at: -1 }, 0, 20)))
  // One document in 500 matches: the walk stops at its budget (the index lookup takes over).
  expect(orderedPage(coll, { st: 'h', n: 5 }, { at: -1 }, 20, 1000)).toBeNull()
  store.close()
})

test('indexes are built on first use, from the documents as they are then; a query builds one per bound fields', async () => {
  let store = await openStore()
  await store.insert('t', [
    { _id: 'a', st: 'h', s: 'open', at: 1 },
    { _id: 'b', st: 'f', s: 'done', at: 2 },
  ])
  store.close()
  store = await openStore()
  const built = () =>
    collOf(store)
      .indexes.filter((i) => i.built)
      .map((i) => i.spec.name)
  expect(built()).toEqual([])
  // Written before any index is built: the build sees it.
  await store.replace('t', { _id: 'a', st: 'f', s: 'open', at: 3 })
  expect(ids(store.find('t', { st: 'f' }))).toEqual(['a', 'b'])
  // st_1_at_-1 and st_1_s_1_at_-1 bound the same field here: one lookup, one build.
  expect(built()).toEqual(['st_1_at_-1'])
  expect(ids(store.find('t', { st: 'f', s: 'open' }))).toEqual(['a'])
  expect(built()).toEqual(['st_1_at_-1', 'st_1_s_1_at_-1'])
  store.close()
})

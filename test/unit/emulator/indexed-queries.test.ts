import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { Database } from '../../../emulator/src/db/database'
import { matches } from '../../../emulator/src/db/match'
import { plan } from '../../../emulator/src/db/plan'
import { Store, type IndexManifest } from '../../../emulator/src/db/store'
import { sortDocs } from '../../../emulator/src/db/query'
import type { Doc } from '../../../emulator/src/db/values'

/**
 * The emulator's indexes must never change a result: for random documents (missing fields,
 * nulls, arrays, dotted paths, mixed types, dates) and random queries, a find through the
 * indexes returns exactly what a scan of every document returns, in the same order — also
 * after updates and removals, and after the store is reopened from its file.
 */
const MANIFEST: IndexManifest = {
  t: [
    { name: 'a_1', fields: ['a'] },
    { name: 'h.id_1_s_1', fields: ['h.id', 's'] },
    { name: 'tags_1', fields: ['tags'] },
    { name: 'k_1', fields: ['k'], unique: true, sparse: true },
    { name: 'n_1', fields: ['n'] },
  ],
}

const scalar = fc.oneof(
  fc.constantFrom('x', 'y', 'z', '', '1'),
  fc.constantFrom(0, 1, 2, -1, 1.5),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(new Date(0), new Date(86_400_000)),
)
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 })
const docArb = fc.record(
  {
    a: maybe(fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }))),
    h: maybe(
      fc.oneof(
        fc.record({ id: maybe(scalar), s: maybe(scalar) }),
        fc.array(fc.record({ id: maybe(scalar) }), { maxLength: 2 }),
      ),
    ),
    s: maybe(fc.constantFrom('open', 'done', 'new')),
    tags: maybe(fc.array(fc.constantFrom('p', 'q', 'r'), { maxLength: 3 })),
    n: maybe(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('2', new Date(1000)))),
  },
  { requiredKeys: [] },
)

const field = fc.constantFrom('a', 'h.id', 's', 'tags', 'n', 'h.s')
const cond = fc.oneof(
  scalar,
  fc.record({ $eq: scalar }),
  fc.record({ $in: fc.array(scalar, { minLength: 1, maxLength: 3 }) }),
  fc.record({ $gt: scalar }),
  fc.record({ $lte: scalar }),
  fc.record({ $in: fc.array(scalar, { minLength: 1, maxLength: 2 }), $ne: scalar }),
  fc.record({ $and: fc.tuple(fc.record({ $gte: scalar }), fc.record({ $lt: scalar })) }),
  fc.record({ $all: fc.array(scalar, { minLength: 1, maxLength: 3 }) }),
)
const simple = fc.dictionary(field, cond, { minKeys: 1, maxKeys: 3 })
const queryArb: fc.Arbitrary<Doc> = fc.oneof(
  simple,
  fc.record({ $or: fc.array(simple, { minLength: 1, maxLength: 3 }) }),
  fc.record({ $and: fc.array(simple, { minLength: 1, maxLength: 2 }) }),
  fc.tuple(simple, simple).map(([q, b]) => ({ ...q, $or: [b, { s: 'open' }] })),
)

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-idx-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

async function openStore(): Promise<Store> {
  const store = new Store(dir)
  await store.open(MANIFEST)
  await store.allLoaded
  return store
}

const scan = (store: Store, q: Doc) => store.all('t').filter((d) => matches(d, q))
const ids = (docs: Doc[]) => docs.map((d) => d._id)

test('a find through the indexes equals a scan, after writes and after reopening', async () => {
  let served = 0
  await fc.assert(
    fc.asyncProperty(
      fc.array(docArb, { minLength: 1, maxLength: 60 }),
      fc.array(queryArb, { minLength: 5, maxLength: 10 }),
      fc.array(fc.tuple(fc.nat(59), docArb), { maxLength: 10 }),
      async (docs, queries, rewrites) => {
        fs.rmSync(path.join(dir, 't.db'), { force: true })
        let store = await openStore()
        await store.insert(
          't',
          docs.map((d, i) => ({ _id: `d${String(i).padStart(3, '0')}`, ...d })),
        )
        const check = () => {
          for (const q of queries) {
            if (plan((store as unknown as { coll(n: string): never }).coll('t'), q).index) served++
            expect(ids(store.find('t', q))).toEqual(ids(scan(store, q)))
            expect(store.count('t', q)).toBe(scan(store, q).length)
          }
        }
        check()
        for (const [i, d] of rewrites) {
          const id = `d${String(i % docs.length).padStart(3, '0')}`
          if (i % 3 === 0) await store.removeIds('t', [id])
          else await store.replace('t', { _id: id, ...d })
        }
        check()
        store.close()
        store = await openStore()
        check()
        store.close()
      },
    ),
    { numRuns: 60 },
  )
  // Not vacuous: most generated queries go through an index.
  expect(served).toBeGreaterThan(200)
}, 60_000)

test('find with order, skip and limit returns what sorting the scan does', async () => {
  const store = await openStore()
  const db = new Database(store, () => undefined)
  await fc.assert(
    fc.asyncProperty(
      fc.array(docArb, { minLength: 1, maxLength: 150 }),
      fc.oneof(simple, fc.constant({})),
      fc.constantFrom<Record<string, number>>({ n: -1 }, { s: 1, n: -1 }, { 'h.id': 1 }),
      fc.nat(5),
      async (docs, q, order, skip) => {
        await store.removeIds('t', ids(store.all('t')))
        await db.insert('t', docs)
        const got = await db.find('t', { query: q, order, offset: skip, limit: 7 })
        const want = sortDocs(scan(store, q), order).slice(skip, skip + 7)
        expect(ids(got)).toEqual(ids(want))
        expect(await db.count('t', q)).toBe(scan(store, q).length)
      },
    ),
    { numRuns: 60 },
  )
  store.close()
}, 60_000)

test('a unique sparse index refuses a clash, inside and outside a transaction, and allows missing', async () => {
  const store = await openStore()
  const db = new Database(store, () => undefined)
  await db.insert('t', [{ _id: 'a', k: 1 }, { _id: 'b' }, { _id: 'c' }])
  await expect(db.insert('t', [{ _id: 'd', k: 1 }])).rejects.toThrow(
    'E11000 duplicate key error collection: t index: k_1 dup key: {"k":1}',
  )
  // All or none: the batch with a clash stores nothing.
  await expect(
    db.insert('t', [
      { _id: 'e', k: 2 },
      { _id: 'f', k: 2 },
    ]),
  ).rejects.toThrow('k_1')
  expect(store.byId('t', 'e')).toBeUndefined()
  const id = await db.txns.start()
  const t = db.txns.get(id)
  // Moving k from a to b inside one transaction is no clash.
  db.txnModify(t, 't', 'a', { data: { k: 9 }, merge: true, upsert: false })
  db.txnModify(t, 't', 'b', { data: { k: 1 }, merge: true, upsert: false })
  expect(() => db.txnModify(t, 't', 'c', { data: { k: 9 }, merge: true, upsert: false })).toThrow(
    'k_1',
  )
  await db.txns.commit(id)
  expect(ids(store.find('t', { k: 1 }))).toEqual(['b'])
  expect(ids(store.find('t', { k: 9 }))).toEqual(['a'])
  store.close()
})

test('a committed transaction cut short by a crash is replayed into the indexes', async () => {
  let store = await openStore()
  await store.insert('t', [
    { _id: 'a', s: 'open', h: { id: 'g1' } },
    { _id: 'b', s: 'open', h: { id: 'g1' } },
  ])
  store.close()
  // What commit() leaves behind when killed between the fsynced journal and applying it.
  fs.writeFileSync(
    path.join(dir, '_txn.journal'),
    JSON.stringify({
      ops: [
        ['t', 'a', { _id: 'a', s: 'done', h: { id: 'g1' } }],
        ['t', 'b', null],
        ['t', 'c', { _id: 'c', s: 'open', h: { id: 'g2' } }],
      ],
    }),
  )
  store = await openStore()
  const db = new Database(store, () => undefined)
  await db.txns.recover()
  expect(ids(store.find('t', { 'h.id': 'g1', s: 'open' }))).toEqual([])
  expect(ids(store.find('t', { 'h.id': 'g1', s: 'done' }))).toEqual(['a'])
  expect(ids(store.find('t', { 'h.id': { $in: ['g1', 'g2'] } }))).toEqual(['a', 'c'])
  store.close()
})

test('unindexed queries are logged once per shape with the index that would serve them; strict mode refuses them', async () => {
  const lines: string[] = []
  const file = path.join(dir, 'unindexed.jsonl')
  const store = new Store(dir, { file, log: (l) => lines.push(l) })
  await store.open(MANIFEST)
  await store.insert(
    't',
    Array.from({ length: 150 }, (_, i) => ({ _id: `x${i}`, s: 'open', q: i % 3 })),
  )
  store.find('t', { q: 1, s: 'open' }, { z: -1 })
  store.find('t', { q: 2, s: 'open' }, { z: -1 })
  store.find('t', { a: 'x' }) // served by a_1
  store.find('t', { q: 1 }, { n: 1 }) // sorted by n_1: CloudBase walks that index
  store.find('t', { $or: [{ a: 'x' }, { q: 1 }] })
  expect(lines).toEqual([
    '[emulator] unindexed query on t: {"q":"?","s":"?"} sort {"z":-1} — index it with {"q":1,"s":1,"z":-1}',
    '[emulator] unindexed query on t: {"$or":[{"a":"?"},{"q":"?"}]} — index it with {"q":1} (for its $or branches)',
  ])
  expect(
    fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
  ).toEqual([
    { collection: 't', shape: '{"q":"?","s":"?"} sort {"z":-1}', suggest: '{"q":1,"s":1,"z":-1}' },
    {
      collection: 't',
      shape: '{"$or":[{"a":"?"},{"q":"?"}]}',
      suggest: '{"q":1} (for its $or branches)',
    },
  ])
  store.close()
  const strict = new Store(dir, { strict: true })
  await strict.open(MANIFEST)
  await strict.allLoaded
  expect(() => strict.find('t', { q: 1 })).toThrow(
    'unindexed query on t (150 documents): {"q":"?"}; add an index {"q":1} to emulator/indexes.json',
  )
  expect(strict.find('t', { a: 'x' })).toEqual([])
  strict.close()
})

test('$all on a multikey index is served through its rarest element', async () => {
  const store = await openStore()
  await store.insert('t', [
    ...Array.from({ length: 200 }, (_, i) => ({ _id: `c${i}`, tags: ['p', 'q'] })),
    { _id: 'r1', tags: ['p', 'q', 'r'] },
  ])
  const p = plan((store as unknown as { coll(n: string): never }).coll('t'), {
    tags: { $all: ['p', 'q', 'r'] },
  })
  expect(p.index).toBe('tags_1')
  expect(p.docs().map((d) => d._id)).toEqual(['r1'])
  expect(store.find('t', { tags: { $all: ['q', 'r'] } }).map((d) => d._id)).toEqual(['r1'])
  store.close()
})

test('a request during the background load waits for its collection; a torn last line is dropped', async () => {
  fs.mkdirSync(dir, { recursive: true })
  const lines = Array.from({ length: 30_000 }, (_, i) =>
    JSON.stringify({ _id: `r${String(i).padStart(5, '0')}`, a: i % 3, at: { $$date: i } }),
  )
  // A write cut off by kill -9 halfway through its line (never acknowledged).
  fs.writeFileSync(path.join(dir, 't.db'), lines.join('\n') + '\n{"_id":"torn","a":')
  const store = new Store(dir)
  await store.open(MANIFEST)
  const db = new Database(store, () => undefined)
  // Not awaiting allLoaded: the count waits for `t` itself.
  expect(await db.count('t', { a: 1 })).toBe(10_000)
  const [doc] = await db.find('t', { query: { _id: 'r00004' } })
  expect(doc.at).toEqual(new Date(4))
  await db.insert('t', [{ _id: 'after', a: 7 }])
  store.close()
  const again = await openStore()
  expect(again.byId('t', 'torn')).toBeUndefined()
  expect(again.find('t', { a: 7 }).map((d) => d._id)).toEqual(['after'])
  again.close()
}, 60_000)

import { useEmulator } from './support'

/** MongoDB's comparison order for sort: missing = null < numbers < strings < objects < arrays < booleans < dates. */
const MIXED = [
  { _id: 'm01', v: true },
  { _id: 'm02', v: 'b' },
  { _id: 'm03' },
  { _id: 'm04', v: 2.5 },
  { _id: 'm05', v: new Date('2026-01-01T00:00:00Z') },
  { _id: 'm06', v: null },
  { _id: 'm07', v: { x: 1 } },
  { _id: 'm08', v: 'a' },
  { _id: 'm09', v: false },
  { _id: 'm10', v: 1 },
]
const GROUPS = [
  { _id: 'g1', g: 'A', n: 1, o: { k: 3 } },
  { _id: 'g2', g: 'B', n: 5, o: { k: 1 } },
  { _id: 'g3', g: 'A', n: 7, o: { k: 2 } },
  { _id: 'g4', g: 'B', n: 2 },
  { _id: 'g5', g: 'A', n: 4, o: { k: 5 } },
]
const MANY = Array.from({ length: 120 }, (_, i) => ({ _id: `p${String(i).padStart(3, '0')}`, i }))

const t = useEmulator({ conf_mixed: MIXED, conf_groups: GROUPS, conf_many: MANY })
const ids = (r: { data: Array<{ _id: string }> }) => r.data.map((d) => d._id)

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Build = (c: any) => any
const CASES: Array<[string, string, Build, string[]]> = [
  [
    'mixed types ascending (ties by _id)',
    'conf_mixed',
    (c) => c.orderBy('v', 'asc').orderBy('_id', 'asc'),
    ['m03', 'm06', 'm10', 'm04', 'm08', 'm02', 'm07', 'm09', 'm01', 'm05'],
  ],
  [
    'mixed types descending (ties by _id)',
    'conf_mixed',
    (c) => c.orderBy('v', 'desc').orderBy('_id', 'asc'),
    ['m05', 'm01', 'm09', 'm07', 'm02', 'm08', 'm04', 'm10', 'm03', 'm06'],
  ],
  [
    'two fields: g asc, n desc',
    'conf_groups',
    (c) => c.orderBy('g', 'asc').orderBy('n', 'desc'),
    ['g3', 'g5', 'g1', 'g2', 'g4'],
  ],
  [
    'two fields: g desc, n asc',
    'conf_groups',
    (c) => c.orderBy('g', 'desc').orderBy('n', 'asc'),
    ['g4', 'g2', 'g1', 'g5', 'g3'],
  ],
  [
    'sort on a nested path, missing first',
    'conf_groups',
    (c) => c.orderBy('o.k', 'asc'),
    ['g4', 'g2', 'g3', 'g1', 'g5'],
  ],
  [
    'skip and limit after sort',
    'conf_groups',
    (c) => c.orderBy('n', 'asc').skip(1).limit(2),
    ['g4', 'g5'],
  ],
  ['skip past the end', 'conf_groups', (c) => c.orderBy('n', 'asc').skip(10), []],
  ['limit 1', 'conf_groups', (c) => c.orderBy('n', 'desc').limit(1), ['g3']],
  [
    'where + sort + limit',
    'conf_groups',
    (c) => c.where({ g: 'A' }).orderBy('n', 'asc').limit(2),
    ['g1', 'g5'],
  ],
]

test.each(CASES)('%s', async (_name, coll, build, expected) => {
  expect(ids(await build(t.db.collection(coll)).get())).toEqual(expected)
})

test('get() without limit returns the SDK default of 100', async () => {
  expect((await t.db.collection('conf_many').get()).data).toHaveLength(100)
})

test('limit(1000) returns all 120; the server caps a page at 1000', async () => {
  expect((await t.db.collection('conf_many').limit(1000).get()).data).toHaveLength(120)
})

test('paging with skip walks the whole collection once', async () => {
  const seen: string[] = []
  for (let skip = 0; skip < 120; skip += 50) {
    seen.push(
      ...ids(await t.db.collection('conf_many').orderBy('i', 'asc').skip(skip).limit(50).get()),
    )
  }
  expect(seen).toEqual(MANY.map((d) => d._id))
})

test.each([
  ['include one field (and _id)', { n: true }, { _id: 'g1', n: 1 }],
  ['exclude one field', { o: false }, { _id: 'g1', g: 'A', n: 1 }],
  ['include a nested path', { 'o.k': true }, { _id: 'g1', o: { k: 3 } }],
  ['exclude _id', { _id: false, n: true }, { n: 1 }],
  ['include a missing field gives nothing for it', { zz: true }, { _id: 'g1' }],
])('field(): %s', async (_name, projection, expected) => {
  const { data } = await t.db.collection('conf_groups').where({ _id: 'g1' }).field(projection).get()
  expect(data).toEqual([expected])
})

test.each([
  ['count all', {}, 5],
  ['count with where', { g: 'A' }, 3],
  ['count none', { g: 'Z' }, 0],
])('%s', async (_name, where, n) => {
  expect((await t.db.collection('conf_groups').where(where).count()).total).toBe(n)
})

test('doc().get() of a missing id is an error, not an empty doc', async () => {
  await expect(t.db.collection('conf_groups').doc('nope').get()).rejects.toThrow()
})

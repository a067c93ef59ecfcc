import { idsOf, useEmulator } from './support'

/**
 * Query operators against MongoDB's documented semantics, through wx-server-sdk's db.command.
 * Fixture notes: d has no `n`; e has n: null; e's tags is a scalar; c's tags is empty.
 */
const DOCS = [
  {
    _id: 'a',
    n: 1,
    s: 'x',
    tags: ['red', 'blue'],
    o: { k: 1, arr: [{ x: 1 }, { x: 2 }] },
    nul: null,
    b: true,
    d: new Date('2026-01-02T00:00:00Z'),
  },
  {
    _id: 'b',
    n: 2,
    s: 'y',
    tags: ['blue'],
    o: { k: 2, arr: [{ x: 3 }] },
    b: false,
    d: new Date('2025-06-01T00:00:00Z'),
  },
  { _id: 'c', n: 3, s: 'z', tags: [], o: { k: 3 }, nul: 5 },
  { _id: 'd', s: 'x', tags: ['red', 'green', 'blue'], arr2: [[1, 2], [3]] },
  { _id: 'e', n: null, s: 'w', tags: 'red' },
  { _id: 'f', n: 10, s: 'X', scores: [5, 8, 12], o: { k: 'text' } },
]

const t = useEmulator({ conf_q: DOCS })
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Q = (_: any, db: any) => object

const CASES: Array<[string, Q, string[]]> = [
  ['eq number', (_) => ({ n: _.eq(1) }), ['a']],
  ['plain equality', () => ({ n: 1 }), ['a']],
  ['eq null matches null and missing', (_) => ({ n: _.eq(null) }), ['d', 'e']],
  ['plain null matches null and missing', () => ({ nul: null }), ['a', 'b', 'd', 'e', 'f']],
  ['neq matches missing and null', (_) => ({ n: _.neq(1) }), ['b', 'c', 'd', 'e', 'f']],
  ['neq null: only present non-null', (_) => ({ n: _.neq(null) }), ['a', 'b', 'c', 'f']],
  ['gt', (_) => ({ n: _.gt(1) }), ['b', 'c', 'f']],
  ['gte', (_) => ({ n: _.gte(2) }), ['b', 'c', 'f']],
  ['lt excludes null and missing', (_) => ({ n: _.lt(3) }), ['a', 'b']],
  ['lte', (_) => ({ n: _.lte(2) }), ['a', 'b']],
  ['gt on strings is byte order (X < x)', (_) => ({ s: _.gt('x') }), ['b', 'c']],
  ['lt on strings', (_) => ({ s: _.lt('x') }), ['e', 'f']],
  ['type bracketing: number vs string compares nothing', (_) => ({ n: _.gt('a') }), []],
  ['type bracketing: string vs number', (_) => ({ s: _.gt(0) }), []],
  ['in', (_) => ({ n: _.in([1, 3]) }), ['a', 'c']],
  ['in null matches missing', (_) => ({ n: _.in([null]) }), ['d', 'e']],
  ['in on an array field matches any element', (_) => ({ tags: _.in(['green']) }), ['d']],
  ['in on strings', (_) => ({ s: _.in(['x', 'w']) }), ['a', 'd', 'e']],
  ['nin includes missing', (_) => ({ n: _.nin([1, 2]) }), ['c', 'd', 'e', 'f']],
  ['nin on arrays excludes any element match', (_) => ({ tags: _.nin(['red']) }), ['b', 'c', 'f']],
  ['and of conditions', (_) => _.and([{ n: _.gt(1) }, { n: _.lt(10) }]), ['b', 'c']],
  ['field-level and', (_) => ({ n: _.gt(1).and(_.lt(10)) }), ['b', 'c']],
  ['implicit and across fields', (_) => ({ n: _.gt(0), s: 'x' }), ['a']],
  ['or of documents', (_) => _.or([{ n: 1 }, { s: 'z' }]), ['a', 'c']],
  ['field-level or', (_) => ({ n: _.eq(1).or(_.eq(10)) }), ['a', 'f']],
  ['or with a missing-field branch', (_) => _.or([{ n: _.exists(false) }, { n: 10 }]), ['d', 'f']],
  ['nor', (_) => _.nor([{ n: 1 }, { s: 'x' }]), ['b', 'c', 'e', 'f']],
  ['not inverts and keeps missing', (_) => ({ n: _.not(_.gt(2)) }), ['a', 'b', 'd', 'e']],
  ['not of eq', (_) => ({ s: _.not(_.eq('x')) }), ['b', 'c', 'e', 'f']],
  ['exists true counts null as present', (_) => ({ n: _.exists(true) }), ['a', 'b', 'c', 'e', 'f']],
  ['exists false', (_) => ({ n: _.exists(false) }), ['d']],
  ['exists on a nested path', (_) => ({ 'o.arr': _.exists(true) }), ['a', 'b']],
  ['size 2', (_) => ({ tags: _.size(2) }), ['a']],
  ['size 0', (_) => ({ tags: _.size(0) }), ['c']],
  ['size does not match scalars', (_) => ({ tags: _.size(1) }), ['b']],
  ['elemMatch on objects', (_) => ({ 'o.arr': _.elemMatch({ x: _.gt(1) }) }), ['a', 'b']],
  // wx-server-sdk 3.0.1 sends logic commands nested in elemMatch unencoded; raw $-objects work.
  [
    'elemMatch needs one element for all conditions',
    (_) => ({ 'o.arr': _.elemMatch({ x: { $gt: 1, $lt: 3 } }) }),
    ['a'],
  ],
  ['elemMatch on scalars', (_) => ({ scores: _.elemMatch({ $gt: 10, $lt: 13 }) }), ['f']],
  [
    'elemMatch with no single element in range',
    (_) => ({ scores: _.elemMatch({ $gt: 10, $lt: 6 }) }),
    [],
  ],
  ['elemMatch with one operator', (_) => ({ scores: _.elemMatch(_.gt(10)) }), ['f']],
  [
    'range on an array matches across elements (no elemMatch)',
    (_) => ({ scores: _.gt(10).and(_.lt(6)) }),
    ['f'],
  ],
  ['all', (_) => ({ tags: _.all(['red', 'blue']) }), ['a', 'd']],
  ['all of one matches a scalar field too', (_) => ({ tags: _.all(['red']) }), ['a', 'd', 'e']],
  ['array contains a value', () => ({ tags: 'blue' }), ['a', 'b', 'd']],
  ['array or scalar equal to a value', () => ({ tags: 'red' }), ['a', 'd', 'e']],
  ['whole-array equality is ordered', () => ({ tags: ['blue'] }), ['b']],
  ['whole-array equality, wrong order', () => ({ tags: ['blue', 'red'] }), []],
  ['empty array equality', () => ({ tags: [] }), ['c']],
  ['dot path into an object', () => ({ 'o.k': 2 }), ['b']],
  ['dot path across array elements', () => ({ 'o.arr.x': 3 }), ['b']],
  ['dot path with an array index', () => ({ 'o.arr.1.x': 2 }), ['a']],
  ['dot path with index 0', () => ({ 'o.arr.0.x': 1 }), ['a']],
  ['index past the end matches nothing', () => ({ 'o.arr.5.x': 1 }), []],
  ['nested array element equality', () => ({ arr2: [3] }), ['d']],
  ['dot path on a string value matches nothing', () => ({ 's.length': 1 }), []],
  ['mixed types under one path', () => ({ 'o.k': 'text' }), ['f']],
  ['regex', (_, db) => ({ s: db.RegExp({ regexp: '^x', options: '' }) }), ['a', 'd']],
  [
    'regex case-insensitive',
    (_, db) => ({ s: db.RegExp({ regexp: '^x', options: 'i' }) }),
    ['a', 'd', 'f'],
  ],
  [
    'regex on an array matches any element',
    (_, db) => ({ tags: db.RegExp({ regexp: 'een$' }) }),
    ['d'],
  ],
  ['dates compare as dates', (_) => ({ d: _.gt(new Date('2025-12-31T00:00:00Z')) }), ['a']],
  [
    'date range',
    (_) => ({
      d: _.gte(new Date('2025-01-01T00:00:00Z')).and(_.lt(new Date('2026-12-31T00:00:00Z'))),
    }),
    ['a', 'b'],
  ],
  ['boolean true', () => ({ b: true }), ['a']],
  ['boolean false is not missing', () => ({ b: false }), ['b']],
  ['neq true', (_) => ({ b: _.neq(true) }), ['b', 'c', 'd', 'e', 'f']],
  ['number never equals boolean', () => ({ nul: true }), []],
  ['_id equality', () => ({ _id: 'c' }), ['c']],
  ['_id in', (_) => ({ _id: _.in(['a', 'f', 'zz']) }), ['a', 'f']],
  ['_id with another field', () => ({ _id: 'a', n: 2 }), []],
  ['empty query matches all', () => ({}), ['a', 'b', 'c', 'd', 'e', 'f']],
  ['or inside and', (_) => _.and([_.or([{ n: 1 }, { n: 2 }]), { tags: 'blue' }]), ['a', 'b']],
  ['nested not/exists', (_) => ({ nul: _.not(_.exists(true)) }), ['b', 'd', 'e', 'f']],
  ['object equality is whole-object', () => ({ o: { k: 3 } }), ['c']],
]

test.each(CASES)('%s', async (_name, q, expected) => {
  const res = await t.db.collection('conf_q').where(q(t._, t.db)).get()
  expect(idsOf(res)).toEqual(expected)
})

test.each(CASES.slice(0, 12))('count agrees with get: %s', async (_name, q, expected) => {
  const { total } = await t.db.collection('conf_q').where(q(t._, t.db)).count()
  expect(total).toBe(expected.length)
})

test('a missing collection is an error naming it', async () => {
  await expect(t.db.collection('no_such_coll').get()).rejects.toThrow(/no_such_coll/)
})

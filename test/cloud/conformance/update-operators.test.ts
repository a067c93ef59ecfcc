import { useEmulator } from './support'

const BASE = {
  n: 5,
  s: 'x',
  arr: [1, 2, 3],
  o: { k: 1, deep: { z: 1 } },
  objs: [{ a: 1 }, { a: 2 }],
  nul: null,
}
const t = useEmulator({ conf_u: [] })
let seq = 0

/** Each case: a fresh copy of BASE, one update, the whole document afterwards (without _id). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Upd = (_: any) => object
const CASES: Array<[string, Upd, Record<string, unknown>]> = [
  ['set a field', (_) => ({ s: _.set('y') }), { ...BASE, s: 'y' }],
  ['plain value sets', () => ({ s: 'y' }), { ...BASE, s: 'y' }],
  [
    'plain nested object merges into the object',
    () => ({ o: { k: 2 } }),
    { ...BASE, o: { k: 2, deep: { z: 1 } } },
  ],
  ['set() replaces the whole object', (_) => ({ o: _.set({ k: 2 }) }), { ...BASE, o: { k: 2 } }],
  ['dot path sets inside', () => ({ 'o.deep.z': 9 }), { ...BASE, o: { k: 1, deep: { z: 9 } } }],
  ['dot path creates missing parents', () => ({ 'p.q.r': 1 }), { ...BASE, p: { q: { r: 1 } } }],
  ['set an array element by index', () => ({ 'arr.1': 20 }), { ...BASE, arr: [1, 20, 3] }],
  [
    'set a field of an array element',
    () => ({ 'objs.0.a': 10 }),
    { ...BASE, objs: [{ a: 10 }, { a: 2 }] },
  ],
  ['remove a field', (_) => ({ s: _.remove() }), (({ s: _s, ...rest }) => rest)(BASE)],
  ['remove a missing field is a no-op', (_) => ({ zz: _.remove() }), BASE],
  ['inc', (_) => ({ n: _.inc(2) }), { ...BASE, n: 7 }],
  ['inc negative', (_) => ({ n: _.inc(-10) }), { ...BASE, n: -5 }],
  ['inc an absent field starts from 0', (_) => ({ m: _.inc(3) }), { ...BASE, m: 3 }],
  ['inc a nested absent field', (_) => ({ 'o.c': _.inc(1) }), { ...BASE, o: { ...BASE.o, c: 1 } }],
  ['mul', (_) => ({ n: _.mul(3) }), { ...BASE, n: 15 }],
  ['mul an absent field gives 0', (_) => ({ m: _.mul(3) }), { ...BASE, m: 0 }],
  ['push one', (_) => ({ arr: _.push(4) }), { ...BASE, arr: [1, 2, 3, 4] }],
  ['push several (each)', (_) => ({ arr: _.push([4, 5]) }), { ...BASE, arr: [1, 2, 3, 4, 5] }],
  [
    'push at a position',
    (_) => ({ arr: _.push({ each: [9], position: 1 }) }),
    { ...BASE, arr: [1, 9, 2, 3] },
  ],
  [
    'push and slice keeps the last n',
    (_) => ({ arr: _.push({ each: [4, 5], slice: -3 }) }),
    { ...BASE, arr: [3, 4, 5] },
  ],
  [
    'push and sort',
    (_) => ({ arr: _.push({ each: [0, 10], sort: -1 }) }),
    { ...BASE, arr: [10, 3, 2, 1, 0] },
  ],
  [
    'push and sort objects by a field',
    (_) => ({ objs: _.push({ each: [{ a: 0 }], sort: { a: 1 } }) }),
    { ...BASE, objs: [{ a: 0 }, { a: 1 }, { a: 2 }] },
  ],
  [
    'push to an absent field creates the array',
    (_) => ({ list: _.push('a') }),
    { ...BASE, list: ['a'] },
  ],
  ['pop', (_) => ({ arr: _.pop() }), { ...BASE, arr: [1, 2] }],
  ['shift', (_) => ({ arr: _.shift() }), { ...BASE, arr: [2, 3] }],
  ['unshift', (_) => ({ arr: _.unshift([0, 0.5]) }), { ...BASE, arr: [0, 0.5, 1, 2, 3] }],
  ['addToSet an existing value', (_) => ({ arr: _.addToSet(2) }), BASE],
  ['addToSet a new value', (_) => ({ arr: _.addToSet(4) }), { ...BASE, arr: [1, 2, 3, 4] }],
  [
    'addToSet each',
    (_) => ({ arr: _.addToSet({ each: [3, 4, 4, 5] }) }),
    { ...BASE, arr: [1, 2, 3, 4, 5] },
  ],
  ['addToSet to an absent field', (_) => ({ set: _.addToSet('a') }), { ...BASE, set: ['a'] }],
  ['pull a value', (_) => ({ arr: _.pull(2) }), { ...BASE, arr: [1, 3] }],
  ['pull by condition', (_) => ({ arr: _.pull(_.gte(2)) }), { ...BASE, arr: [1] }],
  ['pull objects by a field', (_) => ({ objs: _.pull({ a: 1 }) }), { ...BASE, objs: [{ a: 2 }] }],
  ['pullAll', (_) => ({ arr: _.pullAll([1, 3, 7]) }), { ...BASE, arr: [2] }],
  ['rename', (_) => ({ s: _.rename('t') }), (({ s, ...rest }) => ({ ...rest, t: s }))(BASE)],
  ['rename an absent field is a no-op', (_) => ({ zz: _.rename('yy') }), BASE],
  ['min lower sets', (_) => ({ n: _.min(2) }), { ...BASE, n: 2 }],
  ['min higher keeps', (_) => ({ n: _.min(9) }), BASE],
  ['max higher sets', (_) => ({ n: _.max(9) }), { ...BASE, n: 9 }],
  ['max lower keeps', (_) => ({ n: _.max(1) }), BASE],
  ['min on an absent field sets it', (_) => ({ m: _.min(4) }), { ...BASE, m: 4 }],
  ['set null', () => ({ s: null }), { ...BASE, s: null }],
  [
    'several operators at once',
    (_) => ({ n: _.inc(1), s: 'z', arr: _.push(4) }),
    { ...BASE, n: 6, s: 'z', arr: [1, 2, 3, 4] },
  ],
]

test.each(CASES)('%s', async (_name, upd, expected) => {
  const id = `u${++seq}`
  const ref = t.db.collection('conf_u').doc(id)
  await ref.set({ data: BASE })
  const r = await ref.update({ data: upd(t._) })
  expect(r.stats.updated).toBe(JSON.stringify(expected) === JSON.stringify(BASE) ? 0 : 1)
  const { data } = await ref.get()
  const { _id, ...rest } = data
  expect(_id).toBe(id)
  expect(rest).toEqual(expected)
})

test('serverDate() is the server’s clock, with an offset', async () => {
  const ref = t.db.collection('conf_u').doc('sd')
  await ref.set({ data: { at: t.db.serverDate(), later: t.db.serverDate({ offset: 60_000 }) } })
  const { data } = await ref.get()
  expect(data.at).toBeInstanceOf(Date)
  expect(Math.abs(data.at.getTime() - Date.now())).toBeLessThan(5000)
  expect(data.later.getTime() - data.at.getTime()).toBe(60_000)
})

test('doc().set replaces the whole document and creates a missing one', async () => {
  const ref = t.db.collection('conf_u').doc('rep')
  await ref.set({ data: { a: 1, b: 2 } })
  await ref.set({ data: { c: 3 } })
  expect((await ref.get()).data).toEqual({ _id: 'rep', c: 3 })
})

test('where().update updates every match and counts them; no match is 0', async () => {
  const c = t.db.collection('conf_u')
  for (const k of [1, 2, 3]) await c.add({ data: { batch: 'm', k } })
  const r = await c.where({ batch: 'm', k: t._.gte(2) }).update({ data: { seen: true } })
  expect(r.stats.updated).toBe(2)
  expect((await c.where({ batch: 'm', seen: true }).count()).total).toBe(2)
  expect((await c.where({ batch: 'none' }).update({ data: { seen: true } })).stats.updated).toBe(0)
})

test('where().remove removes every match and counts them', async () => {
  const c = t.db.collection('conf_u')
  for (const k of [1, 2, 3]) await c.add({ data: { batch: 'r', k } })
  expect((await c.where({ batch: 'r', k: t._.lt(3) }).remove()).stats.removed).toBe(2)
  expect((await c.where({ batch: 'r' }).count()).total).toBe(1)
})

test('doc().remove of a missing id removes 0', async () => {
  expect((await t.db.collection('conf_u').doc('ghost').remove()).stats.removed).toBe(0)
})

test('add() gives each document a new id; an explicit duplicate _id is refused', async () => {
  const c = t.db.collection('conf_u')
  const a = await c.add({ data: { x: 1 } })
  const b = await c.add({ data: { x: 1 } })
  expect(a._id).not.toBe(b._id)
  await expect(c.add({ data: { _id: a._id, x: 2 } })).rejects.toThrow(/duplicate/i)
  expect((await c.doc(a._id).get()).data.x).toBe(1)
})

import {
  cellsDelta,
  cellsOf,
  p90,
  p90OfHistogram,
  rollupDocs,
  rungOf,
  type RollupInput,
} from '@shared/figures'

const H = 3600_000
const T = Date.parse('2026-11-03T02:00:00Z') // 10:00 Beijing

function report(over: Partial<RollupInput> = {}): RollupInput {
  return {
    state: 'submitted',
    createdAt: new Date(T),
    deadlines: { acceptBy: new Date(T + 2 * H), resolveBy: new Date(T + 72 * H) },
    events: [{ at: new Date(T), action: 'create' }],
    streetId: 's-a',
    categoryKey: 'lighting',
    place: { gridId: 'g-xinhua-1', communityId: 'c-xinhua' },
    handler: { kind: 'grid', id: 'g-xinhua-1' },
    ...over,
  }
}

test('rungs: the smallest step at or above the minutes, whole 30-day steps beyond the ladder', () => {
  expect([0, 5, 6, 61, 1440, 1441, 43200, 43201].map(rungOf)).toEqual([
    5, 5, 10, 90, 1440, 2160, 43200, 86400,
  ])
})

test('the histogram p90 is the exact p90 read to its rung, and null for none', () => {
  const values = [1, 3, 7, 12, 40, 55, 61, 200, 900, 3000, 3001]
  const h: Record<string, number> = {}
  for (const v of values) h[rungOf(v)] = (h[rungOf(v)] ?? 0) + 1
  expect(p90OfHistogram(h)).toBe(rungOf(p90(values)!))
  expect(p90OfHistogram({})).toBeNull()
})

test('a filed report counts once in each of its scopes on its day, and as due on its due day', () => {
  const cells = cellsOf(report())
  expect(cells.get('2026-11-03|street:s-a')?.get('t.received')).toBe(1)
  expect(cells.get('2026-11-03|grid:g-xinhua-1')?.get('cat.lighting.received')).toBe(1)
  expect(cells.get('2026-11-06|community:c-xinhua')?.get('t.due')).toBe(1)
  expect(cells.has('2026-11-03|company:g-xinhua-1')).toBe(false) // a grid is no company
  expect(cells.get('all|street:s-a')?.get('st.submitted.0')).toBe(1)
  expect(cells.get('all|handler:g-xinhua-1')?.get('t.open')).toBe(1)
})

test('a step moves only what changed: the state counter and the facts it set', () => {
  const before = report()
  const after = report({
    state: 'accepted',
    events: [...before.events, { at: new Date(T + H), action: 'accept', byOpenid: 'w1' }],
  })
  const d = cellsDelta(before, after)
  expect(Object.fromEntries(d.get('all|street:s-a')!)).toEqual({
    'st.submitted.0': -1,
    'st.accepted.0': 1,
  })
  expect(d.get('2026-11-03|street:s-a')?.get('t.acceptN')).toBe(1)
  expect(d.get('2026-11-03|street:s-a')?.get('ha.60')).toBe(1)
  expect(d.get('2026-11-03|street:s-a')?.has('t.received')).toBe(false)
  expect(d.get('all|by:w1')?.get('acc.min')).toBe(60)
  expect(cellsDelta(after, after).size).toBe(0)
})

test('rollup documents sum their reports, keyed by day, kind and key', () => {
  const docs = rollupDocs([report(), report({ categoryKey: 'drain' })])
  const street = docs.find((d) => d._id === '2026-11-03|street:s-a')!
  expect(street).toMatchObject({
    day: '2026-11-03',
    kind: 'street',
    key: 's-a',
    t: { received: 2 },
    cat: { lighting: { received: 1 }, drain: { received: 1 } },
  })
  // Categories are shared by every street: their rollups are kept per street.
  expect(docs.find((d) => d._id === '2026-11-03|category:s-a~drain')).toMatchObject({
    kind: 'category',
    key: 's-a~drain',
  })
  const other = rollupDocs([report({ streetId: 's-b' })])
  expect(other.find((d) => d._id === '2026-11-03|street:s-b')).toMatchObject({ t: { received: 1 } })
  expect(other.some((d) => d._id === '2026-11-03|street:s-a')).toBe(false)
})

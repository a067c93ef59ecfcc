import { splitByMonth } from '@server/figures/rollup-read'

test('a period reads whole months as month documents and only its ragged ends as days', () => {
  expect(splitByMonth({ from: '2025-12-01', to: '2026-11-30' })).toEqual({
    days: [],
    months: { from: '2025-12', to: '2026-11' },
  })
  expect(splitByMonth({ from: '2026-01-15', to: '2026-04-10' })).toEqual({
    days: [
      { from: '2026-01-15', to: '2026-01-31' },
      { from: '2026-04-01', to: '2026-04-10' },
    ],
    months: { from: '2026-02', to: '2026-03' },
  })
  expect(splitByMonth({ from: '2026-02-03', to: '2026-02-20' })).toEqual({
    days: [{ from: '2026-02-03', to: '2026-02-20' }],
    months: null,
  })
  expect(splitByMonth({ from: '2026-02-01', to: '2026-02-20' })).toEqual({
    days: [{ from: '2026-02-01', to: '2026-02-20' }],
    months: null,
  })
})

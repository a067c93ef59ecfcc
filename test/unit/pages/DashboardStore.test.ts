import { when } from 'mobx'
import type { Dashboard, StreetFigures } from '@shared/contracts/stats'
import { memoryStorage } from '@/services/storage/memory'
import { DashboardStore } from '@/pages/figures/DashboardStore'
import { RootStore } from '@/stores/RootStore'
import { FakeCloud } from '../../support/fake-cloud'
import { fakeKeeper } from '../../support/fake-keeper'
import { fakePhotos } from '../../support/fake-photos'

/** The district's view of 统计看板 (issue 20): the streets ranked, one street's drill-down, back. */
const NOW = () => new Date('2026-12-01T04:00:00Z')
const figures = (received: number) => ({ received }) as StreetFigures['figures']
// The server's order is by id; the rank decides what is shown first.
const STREETS: StreetFigures[] = [
  { streetId: 'fenghuang', name: '凤凰岭街道', rank: 2, figures: figures(3) },
  { streetId: 'haibei', name: '海北街道', rank: 1, figures: figures(9) },
]

function setUp(district: boolean) {
  const cloud = new FakeCloud()
    .on('stats.streets', (p) => ({ ...(p as object), streets: STREETS }))
    .on(
      'stats.dashboard',
      (p) => ({ ...(p as object), figures: figures(7) }) as unknown as Dashboard,
    )
    .on('stats.ranking', () => ({ quarter: '2026Q4', standings: [] }))
    .on('grid.places', () => ({ communities: [] }))
    .on('grid.handlers', () => ({ handlers: [] }))
  const root = new RootStore({
    cloud,
    storage: memoryStorage(),
    keeper: fakeKeeper(),
    photos: fakePhotos(),
  })
  const store = new DashboardStore(cloud, root.reference, NOW, district)
  const asked = (action: string) => cloud.calls.filter((c) => c.action === action)
  return { store, asked }
}

test('the district first sees the streets ranked, best first, and no street dashboard', async () => {
  const { store, asked } = setUp(true)
  store.load()
  await when(() => store.streets.status === 'ready')
  expect(store.showingStreets).toBe(true)
  expect(store.rankedStreets.map((s) => [s.rank, s.name])).toEqual([
    [1, '海北街道'],
    [2, '凤凰岭街道'],
  ])
  expect(asked('stats.streets')[0].payload).toEqual({
    period: { from: '2026-12-01', to: '2026-12-31' },
  })
  expect(asked('stats.dashboard')).toHaveLength(0)
})

test('drilling into a street asks for its dashboard; 返回全区 shows the streets again', async () => {
  const { store, asked } = setUp(true)
  store.load()
  await when(() => store.streets.status === 'ready')
  store.drill(store.rankedStreets[1])
  expect(store.showingStreets).toBe(false)
  await when(() => store.dashboard.status === 'ready')
  expect(asked('stats.dashboard').at(-1)!.payload).toMatchObject({
    scope: { kind: 'street', streetId: 'fenghuang' },
  })
  // A category within the street keeps the street.
  store.setScope({ kind: 'category', id: 'lighting' })
  await when(() => store.dashboard.status === 'ready')
  expect(asked('stats.dashboard').at(-1)!.payload).toMatchObject({
    scope: { kind: 'category', id: 'lighting', streetId: 'fenghuang' },
  })
  expect(store.scopes.every((o) => ['street', 'category'].includes(o.scope.kind))).toBe(true)
  store.back()
  expect(store.showingStreets).toBe(true)
  expect(store.street).toBeNull()
  expect(store.scope).toEqual({ kind: 'street' })
  expect(asked('stats.streets')).toHaveLength(2)
})

test('an office user sees its own street dashboard, without naming a street', async () => {
  const { store, asked } = setUp(false)
  store.load()
  await when(() => store.dashboard.status === 'ready')
  expect(store.showingStreets).toBe(false)
  expect(asked('stats.streets')).toHaveLength(0)
  expect(asked('stats.dashboard')[0].payload).toMatchObject({ scope: { kind: 'street' } })
  expect((asked('stats.dashboard')[0].payload as { scope: object }).scope).not.toHaveProperty(
    'streetId',
  )
})

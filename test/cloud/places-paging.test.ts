import { signIn } from '../support/gateway'
import { sdkFor } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * A street with more buildings than one database read returns (1,000): every one of them is
 * listed — the 1,001st included — where one `limit(1000)` read dropped the rest without a word.
 */
let system: System
const MANY = 1050
type Places = {
  communities: Array<{ _id: string; buildings: Array<{ _id: string; name: string }> }>
}

beforeAll(async () => {
  system = await startSystem()
  const buildings = sdkFor(system).database().collection('buildings')
  const docs = Array.from({ length: MANY }, (_, i) => ({
    _id: `b-many-${String(i).padStart(4, '0')}`,
    streetId: 'haibei',
    communityId: 'c-xinhua',
    gridId: 'g-xinhua-1',
    name: `新楼${i + 1}号楼`,
    units: ['1单元'],
  }))
  for (let i = 0; i < docs.length; i += 50)
    await Promise.all(docs.slice(i, i + 50).map((data) => buildings.add({ data })))
}, 120_000)
afterAll(() => system.stop())

test('grid.places lists every building of the street past the first 1,000', async () => {
  const office = await signIn(system, 'demo-office-1')
  const res = await office.call<Places>('grid.places', {})
  expect(res.ok).toBe(true)
  const all = res.data.communities.flatMap((c) => c.buildings.map((b) => b._id))
  const planted = all.filter((id) => id.startsWith('b-many-'))
  expect(planted).toHaveLength(MANY)
  expect(planted).toContain('b-many-1049')
  expect(new Set(all).size).toBe(all.length) // no page read twice
  const xinhua = res.data.communities.find((c) => c._id === 'c-xinhua')!
  expect(xinhua.buildings.find((b) => b._id === 'b-many-1000')?.name).toBe('新楼1001号楼')
}, 60_000)

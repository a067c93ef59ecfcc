import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Collection } from '../../../emulator/src/db/collection'
import { plan } from '../../../emulator/src/db/plan'
import { Store } from '../../../emulator/src/db/store'

/**
 * The planner prices each index that could serve a query by looking it up. A street's whole
 * history under its `streetId` must not be walked to learn that the report number's index finds
 * one document: a lookup larger than the best so far stops (null), and exact lookups go first.
 */
let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-plan-cap-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

test('a lookup larger than the planner’s best so far stops early, and the smaller index serves', async () => {
  const store = new Store(dir)
  await store.open({
    t: [
      { name: 'a_1_at_-1', fields: ['a', 'at'] },
      { name: 'n_1', fields: ['n'] },
    ],
  })
  await store.allLoaded
  await store.insert(
    't',
    Array.from({ length: 300 }, (_, i) => ({
      _id: `s${String(i).padStart(3, '0')}`,
      a: 'x',
      n: i,
      at: i,
    })),
  )
  const coll = (store as unknown as { coll(n: string): Collection }).coll('t')
  const byA = coll.indexes.find((i) => i.spec.name === 'a_1_at_-1')!
  expect(byA.lookup([{ kind: 'keys', keys: ['x'] }], 10)).toBeNull()
  expect(byA.lookup([{ kind: 'keys', keys: ['x'] }], 300)!.flat()).toHaveLength(300)
  const p = plan(coll, { a: 'x', n: 7 })
  expect(p.index).toBe('n_1')
  expect(p.docs().map((d) => d._id)).toEqual(['s007'])
  store.close()
})

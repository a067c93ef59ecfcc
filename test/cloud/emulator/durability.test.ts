import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sdkFor } from '../../support/sdk'
import { startSystem, type System } from '../../support/system'

let system: System
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-durable-'))

beforeAll(async () => {
  system = await startSystem({ dataDir, env: { SEED: '0' } })
})
afterAll(async () => {
  // Requests cut off by the kill leave the SDK's 3 s "slow request" timers behind: let them fire
  // while the test environment still exists.
  await new Promise((r) => setTimeout(r, 3500))
  await system.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

test('kill -9 during a stream of writes: every acknowledged insert is there after restart', async () => {
  let db = sdkFor(system).database()
  await db.createCollection('stream')
  const acked: string[] = []
  let stop = false
  // Four writers insert as fast as they can; the emulator is killed while they run.
  const writer = async (w: number) => {
    for (let i = 0; !stop; i++) {
      try {
        const { _id } = await db.collection('stream').add({ data: { w, i, pad: 'x'.repeat(200) } })
        acked.push(_id)
      } catch {
        return // the connection died with the process
      }
    }
  }
  const writers = [0, 1, 2, 3].map(writer)
  await new Promise((r) => setTimeout(r, 1500))
  await system.kill9()
  stop = true
  await Promise.all(writers)
  expect(acked.length).toBeGreaterThan(50)

  await system.restart()
  db = sdkFor(system).database()
  const found = new Set<string>()
  for (let skip = 0; ; skip += 1000) {
    const { data } = await db.collection('stream').skip(skip).limit(1000).field({ _id: true }).get()
    data.forEach((d: { _id: string }) => found.add(d._id))
    if (data.length < 1000) break
  }
  const lost = acked.filter((id) => !found.has(id))
  expect(lost).toEqual([])
  // And the collection still takes writes.
  await db.collection('stream').add({ data: { after: true } })
  expect((await db.collection('stream').where({ after: true }).count()).total).toBe(1)
})

test('a committed transaction survives kill -9 whole', async () => {
  let db = sdkFor(system).database()
  await db.createCollection('ledger')
  await db.collection('ledger').add({ data: { _id: 'A', v: 100 } })
  await db.collection('ledger').add({ data: { _id: 'B', v: 0 } })
  await db.runTransaction(
    async (tx: {
      collection(n: string): { doc(id: string): { update(o: object): Promise<unknown> } }
    }) => {
      await tx
        .collection('ledger')
        .doc('A')
        .update({ data: { v: 60 } })
      await tx
        .collection('ledger')
        .doc('B')
        .update({ data: { v: 40 } })
    },
  )
  await system.kill9()
  await system.restart()
  db = sdkFor(system).database()
  const { data } = await db.collection('ledger').orderBy('_id', 'asc').get()
  expect(data.map((d: { v: number }) => d.v)).toEqual([60, 40])
})

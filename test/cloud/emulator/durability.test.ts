import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { EJSON } from 'bson'
import { sdkFor } from '../../support/sdk'
import { startSystem, type System } from '../../support/system'

let system: System
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-durable-'))

beforeAll(async () => {
  // Durability of the store on a scratch collection, not the app's queries: no index needed.
  system = await startSystem({ dataDir, env: { SEED: '0', XB_STRICT_INDEXES: '0' } })
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
  // Killed mid-stream once enough writes are acknowledged (a condition, not a time: a loaded
  // runner acknowledges fewer per second).
  while (acked.length <= 50) await new Promise((r) => setTimeout(r, 20))
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
  // Besides the acknowledged ones, at most the four in flight when the process died.
  expect(found.size - acked.length).toBeGreaterThanOrEqual(0)
  expect(found.size - acked.length).toBeLessThanOrEqual(4)
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

type Tx = {
  collection(n: string): { doc(id: string): { update(o: object): Promise<unknown> } }
}

test('a transaction cut off by kill -9 before its commit leaves nothing behind', async () => {
  let db = sdkFor(system).database()
  await db.createCollection('accounts')
  await db.collection('accounts').add({ data: { _id: 'A', v: 100 } })
  await db.collection('accounts').add({ data: { _id: 'B', v: 0 } })
  const tx: Tx = await db.startTransaction()
  await tx
    .collection('accounts')
    .doc('A')
    .update({ data: { v: 30 } })
  await tx
    .collection('accounts')
    .doc('B')
    .update({ data: { v: 70 } })
  await system.kill9()
  await system.restart()
  db = sdkFor(system).database()
  const { data } = await db.collection('accounts').orderBy('_id', 'asc').get()
  expect(data.map((d: { v: number }) => d.v)).toEqual([100, 0])
  // The dead transaction holds no lock: plain writes go through at once.
  await db
    .collection('accounts')
    .doc('A')
    .update({ data: { v: 99 } })
  expect((await db.collection('accounts').doc('A').get()).data.v).toBe(99)
})

test('a commit cut off mid-apply is replayed whole; a torn journal is dropped whole', async () => {
  let db = sdkFor(system).database()
  await db.createCollection('pair')
  await db.collection('pair').add({ data: { _id: 'X', v: 1 } })
  await db.collection('pair').add({ data: { _id: 'Y', v: 1 } })
  // The apply had written X when the crash came; Y still has its old value.
  await db
    .collection('pair')
    .doc('X')
    .update({ data: { v: 2 } })
  await system.kill9()
  // The fsynced journal of a commit whose apply the crash interrupted (X written, Y not).
  const journal = path.join(dataDir, 'db', '_txn.journal')
  const ops = [
    ['pair', 'X', { _id: 'X', v: 2 }],
    ['pair', 'Y', { _id: 'Y', v: 2 }],
  ]
  fs.writeFileSync(journal, EJSON.stringify({ ops }, { relaxed: false }))
  await system.restart()
  db = sdkFor(system).database()
  const values = async () =>
    (await db.collection('pair').orderBy('_id', 'asc').get()).data.map((d: { v: number }) => d.v)
  expect(await values()).toEqual([2, 2])
  expect(fs.existsSync(journal)).toBe(false)

  await system.kill9()
  const torn = EJSON.stringify({ ops: ops.map(([c, id]) => [c, id, { _id: id, v: 3 }]) })
  fs.writeFileSync(journal, torn.slice(0, torn.length - 20))
  await system.restart()
  db = sdkFor(system).database()
  expect(await values()).toEqual([2, 2])
})

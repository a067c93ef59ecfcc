import fs from 'node:fs'
import path from 'node:path'
import { sdkFor, type WxCloud } from '../../support/sdk'
import { startSystem, type System } from '../../support/system'

/**
 * The emulator's slow-query log and strict mode, through the real wx-server-sdk: an unindexed
 * query on a collection of more than 100 documents fails with an error the SDK surfaces,
 * naming the index to add; indexed queries (indexes.json) and lookups by _id still answer;
 * each unindexed shape is written once to DATA_DIR/unindexed.jsonl.
 */
let system: System
let cloud: WxCloud

beforeAll(async () => {
  // XB_UNINDEXED_LOG (one file for a whole run) is cleared: this test reads its own folder's.
  system = await startSystem({ env: { SEED: '0', XB_STRICT_INDEXES: '1', XB_UNINDEXED_LOG: '' } })
  cloud = sdkFor(system)
})
afterAll(() => system.stop())

test('strict mode: an unindexed query on a large collection fails the call; indexed ones answer', async () => {
  const db = cloud.database()
  const users = db.collection('users') // indexes.json: role_1
  const docs = Array.from({ length: 120 }, (_, i) => ({
    _id: `u${i}`,
    role: i % 2 ? 'resident' : 'office',
    nickname: `n${i % 7}`,
  }))
  for (const d of docs) await users.add({ data: d })

  expect((await users.where({ role: 'office' }).count()).total).toBe(60)
  expect((await users.where({ _id: 'u7' }).get()).data[0].nickname).toBe('n0')
  await expect(users.where({ nickname: 'n3' }).get()).rejects.toThrow(
    'unindexed query on users (120 documents): {"nickname":"?"}; add an index {"nickname":1} to emulator/indexes.json',
  )
  await expect(users.where({ nickname: 'n3' }).count()).rejects.toThrow('unindexed query on users')

  const log = fs.readFileSync(path.join(system.dataDir, 'unindexed.jsonl'), 'utf8')
  expect(
    log
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
  ).toEqual([{ collection: 'users', shape: '{"nickname":"?"}', suggest: '{"nickname":1}' }])
})

test('a small collection is not refused (a handful of settings need no index)', async () => {
  const db = cloud.database()
  await db.createCollection('small_things')
  await db.collection('small_things').add({ data: { k: 'a' } })
  expect((await db.collection('small_things').where({ k: 'a' }).get()).data).toHaveLength(1)
})

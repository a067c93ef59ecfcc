import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Database } from '../../../emulator/src/db/database'
import { Store } from '../../../emulator/src/db/store'

/**
 * Years of data put 100,000s of documents behind one index lookup: a range over a field of
 * distinct values (a run per document) or one value of a sort field (a field most documents
 * lack). Those used to be spread as call arguments, past the stack's limit: the SLA timer's
 * round failed every minute on a store of 100,000 reports ("Maximum call stack size exceeded").
 */
const N = 200_000
let dir: string
let store: Store
let db: Database

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-large-'))
  const lines = Array.from({ length: N }, (_, i) =>
    JSON.stringify({ _id: `m${String(i).padStart(6, '0')}`, read: true, at: { $$date: i } }),
  )
  fs.mkdirSync(path.join(dir, 'db'))
  fs.writeFileSync(path.join(dir, 'db', 'm.db'), lines.join('\n') + '\n')
  store = new Store(path.join(dir, 'db'))
  await store.open({
    m: [
      { name: 'read_1_at_1', fields: ['read', 'at'] },
      { name: 'flag_1', fields: ['flag'] },
    ],
  })
  db = new Database(store, () => undefined)
}, 60_000)
afterAll(() => {
  store.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('a range over distinct values that matches 200,000 documents answers its first page', async () => {
  const page = await db.find('m', { query: { read: true, at: { $lt: new Date(N) } }, limit: 3 })
  expect(page.map((d) => d._id)).toEqual(['m000000', 'm000001', 'm000002'])
})

test('a sort by a field 200,000 documents lack answers its first page', async () => {
  const page = await db.find('m', { query: { read: true }, order: { flag: 1 }, limit: 2 })
  expect(page.map((d) => d._id)).toEqual(['m000000', 'm000001'])
})

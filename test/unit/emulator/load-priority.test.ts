import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Database } from '../../../emulator/src/db/database'
import { Store } from '../../../emulator/src/db/store'

/**
 * After a start on years of data, collections load in the background, smallest first. A request
 * for one collection must not share the core with the others' loading: the first console page
 * waits for the reports only, not for the messages parsed in turn with them.
 */
let dir: string

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-load-priority-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

/** A collection file of about `mb` megabytes (the store reads 1 MB at a time). */
function writeCollection(name: string, mb: number): number {
  const pad = 'x'.repeat(200)
  const n = Math.ceil((mb * 1024 * 1024) / 230)
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({ _id: `${name}${String(i).padStart(6, '0')}`, pad }),
  )
  fs.writeFileSync(path.join(dir, `${name}.db`), lines.join('\n') + '\n')
  return n
}

test('a collection a request waits for loads alone; the background load resumes after it', async () => {
  // `messages` is smaller, so the background queue starts with it; the request asks for
  // `reports`, twice as large. Loaded side by side, messages would be in memory first.
  const messages = writeCollection('messages', 3)
  const reports = writeCollection('reports', 6)
  const store = new Store(dir)
  await store.open({})
  const db = new Database(store, () => undefined)

  expect(await db.count('reports')).toBe(reports)
  expect(store.size()).toBeLessThan(reports + messages / 2)

  await store.allLoaded
  expect(store.size()).toBe(reports + messages)
  store.close()
}, 60_000)

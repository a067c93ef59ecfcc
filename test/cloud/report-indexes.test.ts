import fs from 'node:fs'
import path from 'node:path'
import type { ReportSummary } from '@shared/contracts/report'
import { signIn } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * 我的报事 (report.listMine), the office console's 全部 queue and the push retry round, with the
 * emulator in strict-index mode over collections large enough for it to apply: each read must
 * be served by an index of emulator/indexes.json (the manifest created on CloudBase too), or it
 * fails here as it would crawl there.
 */
let system: System
let cloud: WxCloud
const STORED = 150
const ME = 'demo-resident-1'
type Page = { items: ReportSummary[]; hasMore: boolean }

beforeAll(async () => {
  system = await startSystem({ env: { XB_STRICT_INDEXES: '1' } })
  cloud = sdkFor(system)
  // The sla timer runs every minute: frozen, the stored rows stay as written until we tick.
  await system.admin('clock', { now: Date.now() })
  const reports = cloud.database().collection('reports')
  const { data: base } = await reports.doc('r-demo-2').get()
  delete base._id
  for (let i = 0; i < STORED; i++)
    await reports.add({
      data: {
        ...base,
        _id: `r-idx-${i}`,
        no: `BS20250101-${String(i).padStart(4, '0')}`,
        requestKey: `idx:${i}`,
        reporterOpenid: `someone-${i}`,
        // Every 10th: I pressed 也遇到了 on it.
        followers: i % 10 === 0 ? [`other-${i}`, ME] : [`other-${i}`],
        createdAt: new Date(Date.UTC(2030, 0, 1) + i * 3_600_000),
      },
    })
  const retry = cloud.database().collection('push_retry')
  for (let i = 0; i < STORED; i++)
    await retry.add({
      // Given up: the round reads past them without sending.
      data: { touser: `someone-${i}`, templateId: 't', attempts: 5, createdAt: new Date() },
    })
}, 120_000)
afterAll(() => system.stop())

const unindexed = (coll: string) => {
  const file = path.join(system.dataDir, 'unindexed.jsonl')
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n') : []
  return lines.filter((l) => l.includes(`"collection":"${coll}"`))
}

test('我的报事 lists what I filed and what I follow, newest first, through the indexes', async () => {
  const me = await signIn(system, ME)
  const r = await me.call<Page>('report.listMine', { page: 1, pageSize: 10 })
  expect(r.ok).toBe(true)
  const ids = r.data.items.map((i) => i.id)
  // The 15 followed reports are newer than the demo ones: the first page is 10 of them, newest first.
  expect(ids).toEqual([140, 130, 120, 110, 100, 90, 80, 70, 60, 50].map((i) => `r-idx-${i}`))
  expect(r.data.hasMore).toBe(true)
  expect(unindexed('reports')).toEqual([])
})

test('the office console 全部 queue pages every report newest first through an index', async () => {
  const office = await signIn(system, 'demo-office-1')
  const r = await office.call<Page>('report.search', { filter: 'all', page: 2 })
  expect(r.ok).toBe(true)
  expect(r.data.items.length).toBeGreaterThan(0)
  const times = r.data.items.map((i) => i.createdAt)
  expect(times).toEqual([...times].sort().reverse())
  expect(unindexed('reports')).toEqual([])
})

test('the push retry round reads its oldest rows through an index', async () => {
  // A minute on, the sla timer is due: its round ends with the push retries.
  await system.admin('clock', { now: Date.now() + 120_000 })
  const r = await system.admin<{ fired: Array<{ name: string; ok: boolean }> }>('tick')
  expect(r.fired.filter((f) => f.name === 'sla').map((f) => f.ok)).toEqual([true])
  expect(unindexed('push_retry')).toEqual([])
})

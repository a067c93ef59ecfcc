import fs from 'node:fs'
import ExcelJS from 'exceljs'
import path from 'node:path'
import type { ReportSummary } from '@shared/contracts/report'
import { searchTerms } from '@shared/reports'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * The office's search box (report.search `q`) over a street's history, with the emulator in
 * strict-index mode: a query no index serves fails instead of scanning. 150 stored reports
 * make the collection large enough for strict mode to apply.
 */
let system: System
let cloud: WxCloud
let office: GatewayUser
type Page = {
  items: ReportSummary[]
  hasMore: boolean
  counts: Record<string, number>
  countsCapped?: number
}

const PHONE = '13912345678'
const STORED = 150

beforeAll(async () => {
  system = await startSystem({ env: { XB_STRICT_INDEXES: '1' } })
  cloud = sdkFor(system)
  office = await signIn(system, 'demo-office-1')
  const reports = cloud.database().collection('reports')
  const { data: base } = await reports.doc('r-demo-2').get()
  delete base._id
  for (let i = 0; i < STORED; i++) {
    const description = i % 10 === 0 ? `${i}号楼电梯停运，老人上不了楼` : `第${i}条：路灯不亮`
    await reports.add({
      data: {
        ...base,
        _id: `r-hist-${i}`,
        no: `BS20250101-${String(i).padStart(4, '0')}`,
        requestKey: `hist:${i}`,
        description,
        terms: searchTerms(description),
        reporter: {
          name: '居民',
          phone: i % 50 === 7 ? PHONE : `1380000${String(i).padStart(4, '0')}`,
        },
        createdAt: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000),
      },
    })
  }
})
afterAll(() => system.stop())

const search = (q: string, more: object = {}) =>
  office.call<Page>('report.search', { filter: 'all', q, ...more })

test('a report number read out on the phone finds that one report, in any case and spacing', async () => {
  const r = await search(' bs20250101-0042 ')
  expect(r.data.items.map((i) => i.id)).toEqual(['r-hist-42'])
  expect(r.data.counts.all).toBe(1)
  expect((await search('BS20250101-9999')).data.items).toEqual([])
})

test('a reporter’s mobile number finds their reports, only whole (no prefix or part)', async () => {
  const r = await search('139 1234 5678')
  expect(r.data.items.map((i) => i.id).sort()).toEqual(['r-hist-107', 'r-hist-57', 'r-hist-7'])
  expect((await search('1391234567')).data.items).toEqual([]) // 10 digits: words, none match
  expect((await search('13912345679')).data.items).toEqual([])
})

test('words of the description find the reports holding all of them, newest first', async () => {
  const r = await search('电梯停运')
  expect(r.data.items.map((i) => i.id)).toEqual(
    [140, 130, 120, 110, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 0].map((i) => `r-hist-${i}`),
  )
  expect((await search('停运 老人')).data.counts.all).toBe(15)
  expect((await search('120号楼')).data.items.map((i) => i.id)).toEqual(['r-hist-120'])
  // Both words must be there: 路灯 and 电梯 never share a report.
  expect((await search('路灯 电梯')).data.items).toEqual([])
  // The queues and filters still narrow a search.
  expect((await search('电梯停运', { filter: 'done' })).data.items).toEqual([])
})

test('a report filed now is found by its words at once', async () => {
  const wang = await signIn(system, 'demo-resident-1')
  const photo = await wang.upload(`uploads/demo-resident-1/20261123/s1.jpg`, TINY_JPEG)
  const filed = await wang.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'drain',
    description: '小区北门排水沟盖板断裂，夜里有人踩空',
    photos: [photo],
    location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
    urgency: 'normal',
    requestId: 'search-req-1-abcdefgh',
  })
  expect(filed.ok).toBe(true)
  const r = await search('盖板断裂')
  expect(r.data.items.map((i) => i.id)).toEqual([filed.data.report.id])
  expect((await search(filed.data.report.no)).data.items.map((i) => i.id)).toEqual([
    filed.data.report.id,
  ])
})

test('the export holds the searched, filtered list the table shows, full descriptions included', async () => {
  const exp = await office.call<{ url: string; rows: number; truncated: boolean }>(
    'report.export',
    { filter: 'all', q: '电梯停运' },
  )
  expect(exp.data).toMatchObject({ rows: 15, truncated: false })
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(await (await fetch(exp.data.url)).arrayBuffer()))
  const sheet = wb.getWorksheet('报事列表')!
  const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1)
  expect(row(1)).toEqual([
    '报事编号',
    '受理时间',
    '类型',
    '地点',
    '责任方',
    '状态',
    '办理期限',
    '是否超时',
    '满意度(星)',
    '紧急',
    '问题描述',
  ])
  expect(sheet.rowCount).toBe(16)
  expect(row(2)[0]).toBe('BS20250101-0140')
  expect(row(2)[10]).toBe('140号楼电梯停运，老人上不了楼')
  const resident = await signIn(system, 'demo-resident-1')
  expect(await resident.call('report.export', { q: '电梯' })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
})

test('a word in more reports than the badges count: the newest 500 are counted, and the answer says so', async () => {
  const COMMON = 520
  const reports = cloud.database().collection('reports')
  const { data: base } = await reports.doc('r-demo-2').get()
  delete base._id
  const docs = Array.from({ length: COMMON }, (_, i) => {
    const description = `第${i}处井盖松动，车一过就响`
    return {
      ...base,
      _id: `r-lid-${i}`,
      no: `BS20250301-${String(i).padStart(4, '0')}`,
      requestKey: `lid:${i}`,
      description,
      terms: searchTerms(description),
      // The newest 250 wait for acceptance, the older ones are closed.
      state: i >= COMMON - 250 ? 'submitted' : 'closed',
      overdue: false,
      createdAt: new Date(Date.UTC(2025, 2, 1) + i * 3_600_000),
    }
  })
  for (let i = 0; i < docs.length; i += 50)
    await Promise.all(docs.slice(i, i + 50).map((data) => reports.add({ data })))
  const r = await search('井盖松动')
  expect(r.data.items[0].id).toBe(`r-lid-${COMMON - 1}`)
  expect(r.data.countsCapped).toBe(500)
  // The newest 500: all 250 waiting, and the 250 newest of the closed ones.
  expect(r.data.counts).toMatchObject({ all: 500, pending: 250, done: 250 })
  const waiting = await search('井盖松动', { filter: 'pending' })
  expect(waiting.data.items.every((i) => i.state === 'submitted')).toBe(true)
  // Fewer matches than the cap: exact counts, and nothing said.
  const few = await search('电梯停运')
  expect(few.data.countsCapped).toBeUndefined()
  expect(few.data.counts.all).toBe(15)
}, 120_000)

test('no search scans: every query above was served by an index (strict mode would refuse)', async () => {
  const file = path.join(system.dataDir, 'unindexed.jsonl')
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n') : []
  expect(lines.filter((l) => l.includes('"reports"'))).toEqual([])
})

test('a query with nothing to search by is refused with the rule; residents and workers may not search', async () => {
  for (const q of ['灯', '，', 'x'.repeat(41), 42])
    expect(await office.call('report.search', { q })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
    })
  for (const who of ['demo-resident-1', 'demo-grid-1']) {
    const u = await signIn(system, who)
    expect(await u.call('report.search', { q: PHONE })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  }
})

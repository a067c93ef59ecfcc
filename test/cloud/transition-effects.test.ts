import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * The write path's promises (issue 12 #6, #7): a transition that loses its conditional update
 * leaves no trace anywhere, and every transition's input is checked as strictly as its kin's.
 */
let system: System
let cloud: WxCloud
let wang: GatewayUser // resident of 新华小区1号楼 (grid g-xinhua-1)
let zhao: GatewayUser // resident without a bound home
let grid1: GatewayUser // worker of g-xinhua-1
let office: GatewayUser

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  ;[wang, zhao, grid1, office] = await Promise.all(
    ['demo-resident-1', 'demo-resident-3', 'demo-grid-1', 'demo-office-1'].map((o) =>
      signIn(system, o),
    ),
  )
})
afterAll(() => system.stop())

let seq = 0
const photo = (u: GatewayUser) => u.upload(`uploads/${u.openid}/20261123/e${++seq}.jpg`, TINY_JPEG)
async function newReport(by: GatewayUser): Promise<string> {
  const r = await by.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'noise',
    description: `楼上装修噪音 ${++seq}`,
    photos: [],
    location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
    urgency: 'normal',
    requestId: `effects-${seq}-xxxxxxxx`,
    // The no-callback rule: a caller without a verified phone says 不需要回电.
    noCallback: true,
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.report.id
}
const stored = async (id: string) =>
  (await cloud.database().collection('reports').doc(id).get()).data

test('ten concurrent markDuplicate calls with different targets: one winner, and only its target gains the follower', async () => {
  const dup = await newReport(wang)
  const targets = await Promise.all(Array.from({ length: 10 }, () => newReport(zhao)))
  const { version } = await stored(dup)
  const answers = await Promise.all(
    targets.map((duplicateOf) =>
      office.call<ReportDetail>('report.transition', {
        id: dup,
        version,
        action: 'markDuplicate',
        duplicateOf,
      }),
    ),
  )
  const won = answers.filter((a) => a.ok)
  expect(won).toHaveLength(1)
  expect(answers.filter((a) => !a.ok).every((a) => a.error?.code === 'CONFLICT')).toBe(true)
  const winner = (await stored(dup)).duplicateOf as string
  expect(targets).toContain(winner)
  for (const t of targets) {
    const { followers } = await stored(t)
    expect({ t, follows: followers.includes(wang.openid) }).toEqual({
      t,
      follows: t === winner,
    })
  }
})

test('markDuplicate refuses the report itself, and changes nothing', async () => {
  const id = await newReport(wang)
  const r = await office.call('report.transition', {
    id,
    version: 1,
    action: 'markDuplicate',
    duplicateOf: id,
  })
  expect(r).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { duplicateOf: expect.any(String) } },
  })
  expect(await stored(id)).toMatchObject({ state: 'submitted', version: 1 })
})

test('a note checks its photos as resolve does: own uploads that exist', async () => {
  const id = await newReport(wang)
  const accepted = await grid1.call<ReportDetail>('report.transition', {
    id,
    version: 1,
    action: 'accept',
  })
  expect(accepted.ok).toBe(true)
  const own = await photo(grid1)
  const someoneElses = await photo(wang)
  const missing = own.replace(/e\d+\.jpg$/, 'never-uploaded.jpg')
  for (const photos of [[someoneElses], [missing]]) {
    const r = await grid1.call('report.transition', {
      id,
      version: 2,
      action: 'note',
      note: '已联系施工方',
      photos,
    })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { photos: expect.stringMatching(/照片/) } },
    })
  }
  expect((await stored(id)).version).toBe(2)
  const ok = await grid1.call<ReportDetail>('report.transition', {
    id,
    version: 2,
    action: 'note',
    note: '已联系施工方',
    photos: [own],
  })
  expect(ok.ok).toBe(true)
  // Stored as the claimed copy (claim.ts), not the upload path the worker could overwrite.
  expect(ok.data.events.at(-1)).toMatchObject({
    label: '办理进展',
    photos: [expect.stringMatching(/\/attached\/reports\/.+\.jpg$/)],
  })
})

test('report.search refuses a day that does not exist, saying what a day must be', async () => {
  for (const from of ['2026-02-31', '2026-04-31', '2025-02-29']) {
    const r = await office.call('report.search', { from })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('真实日期') },
    })
  }
  expect((await office.call('report.search', { from: '2024-02-29' })).ok).toBe(true)
})

test('page numbers are bounded: page 1e308 is INVALID_INPUT on every paged list, not INTERNAL', async () => {
  const calls: Array<[GatewayUser, string, object]> = [
    [wang, 'report.listMine', {}],
    [grid1, 'report.inbox', {}],
    [office, 'report.search', {}],
    [wang, 'user.messages', {}],
    [wang, 'certificate.listMine', {}],
    [office, 'certificate.queue', {}],
  ]
  for (const [who, action, extra] of calls)
    for (const page of [1e308, 1001, 0, 1.5])
      expect({ action, page, r: await who.call(action, { ...extra, page }) }).toMatchObject({
        action,
        page,
        r: {
          ok: false,
          error: { code: 'INVALID_INPUT', message: expect.stringContaining('页码') },
        },
      })
})

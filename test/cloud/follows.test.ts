import type { FollowsView } from '@shared/contracts/follows'
import type { MessageView } from '@shared/contracts/message'
import type { ReportSummary } from '@shared/contracts/report'
import { OPEN_STATES } from '@shared/reports/states'
import { beijingDay } from '@shared/time'
import { followDigest } from '@server/follows/digest'
import { signIn, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * The district's area subscriptions (issue 20 point 4): following a category is the district's
 * alone and checked against the catalogue; the daily digest counts the day before's new reports
 * and the open and overdue ones per street — the same numbers plain code counts from the stored
 * reports — and reaches each supervisor once a day, however often the timer runs.
 */
let system: System
let cloud: WxCloud
let district: GatewayUser
let hb: GatewayUser
let fh: GatewayUser
let hbOffice: GatewayUser
const MIN = 60_000
const DAY = 24 * 60 * MIN
// 2026-11-23 09:00 Beijing: the day the reports are filed.
const T0 = Date.UTC(2026, 10, 23, 1, 0, 0)
// The next day's 08:31 Beijing: the digest is due.
const DIGEST = T0 + DAY - 29 * MIN

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  await system.admin('clock', { now: T0 })
  await system.admin('tick')
  ;[district, hb, fh, hbOffice] = await Promise.all(
    ['demo-district-1', 'demo-resident-1', 'demo-fh-resident-1', 'demo-office-1'].map((o) =>
      signIn(system, o),
    ),
  )
}, 60_000)
afterAll(() => system.stop())

const at = (ms: number) =>
  system.admin('clock', { now: ms }).then(() => system.admin<{ fired: unknown[] }>('tick'))
const digests = async () => {
  const r = await district.call<{ items: MessageView[] }>('user.messages', {})
  return r.data.items.filter((m) => m.kind === 'followDigest')
}

let seq = 0
async function file(u: GatewayUser, buildingId: string, categoryKey: string): Promise<string> {
  const r = await u.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey,
    description: `关注测试 ${++seq}，楼道里的问题一直没有人管`,
    photos: [],
    location: { kind: 'address', buildingId },
    urgency: 'normal',
    requestId: `follows-${seq}-xxxxxxxx`,
    noCallback: true,
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.report.id
}

test('following is the district’s alone, checked against the catalogue and the streets', async () => {
  for (const who of ['demo-office-1', 'demo-fh-office-1', 'demo-resident-1', 'demo-grid-1']) {
    const u = await signIn(system, who)
    for (const [action, payload] of [
      ['stats.follows', {}],
      ['stats.follow', { category: 'noise' }],
      ['stats.unfollow', { category: 'noise' }],
    ] as const)
      expect((await u.call(action, payload)).error?.code).toBe('FORBIDDEN')
  }
  const empty = await district.call<FollowsView>('stats.follows', {})
  expect(empty.data.follows).toEqual([])
  expect(empty.data.streets.map((s) => s.name)).toEqual(['凤凰岭街道', '海北街道'])
  expect(empty.data.categories.map((c) => c.label)).toContain('安全隐患')
  const bad = [
    [{ category: 'nope' }, '没有这个问题类型，请从列表中选择'],
    [{ category: { $ne: 1 } }, '没有这个问题类型，请从列表中选择'],
    [{ category: 'noise', streetIds: 'haibei' }, '请从列表中选择要关注的街道'],
    [{ category: 'noise', streetIds: ['haibei', 'haibei'] }, '请从列表中选择要关注的街道'],
    [{ category: 'noise', streetIds: ['nowhere'] }, '所选街道不存在，请刷新后重新选择'],
  ] as const
  for (const [payload, message] of bad)
    expect((await district.call('stats.follow', payload)).error).toMatchObject({
      code: 'INVALID_INPUT',
      message,
    })
  expect((await district.call<FollowsView>('stats.follows', {})).data.follows).toEqual([])

  await district.call('stats.follow', { category: 'other', streetIds: ['haibei'] })
  // Following again replaces the streets; unfollowing twice is no error.
  await district.call('stats.follow', { category: 'other', streetIds: ['fenghuang'] })
  await district.call('stats.follow', { category: 'lighting' })
  expect((await district.call('stats.unfollow', { category: 'lighting' })).ok).toBe(true)
  const r = await district.call<FollowsView>('stats.unfollow', { category: 'lighting' })
  expect(r.ok).toBe(true)
  const noise = await district.call<FollowsView>('stats.follow', { category: 'noise' })
  expect(noise.data.follows).toEqual([
    { category: 'noise', label: '噪音扰民', streetIds: [] },
    { category: 'other', label: '其他', streetIds: ['fenghuang'] },
  ])
})

interface Stored {
  categoryKey: string
  streetId: string
  state: string
  overdue?: boolean
  createdAt: string | Date
}

/** The expected numbers, counted in plain code from every stored report. */
async function expected(category: string, streetId: string, day: string) {
  const { data } = await cloud.database().collection('reports').limit(1000).get()
  const mine = (data as Stored[]).filter(
    (r) => r.categoryKey === category && r.streetId === streetId,
  )
  const open = mine.filter((r) => (OPEN_STATES as readonly string[]).includes(r.state))
  return {
    fresh: mine.filter((r) => beijingDay(r.createdAt) === day).length,
    overdue: open.filter((r) => r.overdue === true).length,
    open: open.length,
  }
}
const line = (name: string, c: { fresh: number; overdue: number; open: number }) =>
  `${name}：新增 ${c.fresh} · 超时 ${c.overdue} · 未办结 ${c.open}`
const plus = (a: { fresh: number; overdue: number; open: number }, b: typeof a) => ({
  fresh: a.fresh + b.fresh,
  overdue: a.overdue + b.overdue,
  open: a.open + b.open,
})

test('the digest of the day before equals the stored reports counted per street, once a day', async () => {
  // 海北: three 噪音 (one accepted, one rejected) and one 其他 (not followed there);
  // 凤凰岭: two 噪音 and one 其他.
  const hbNoise = [
    await file(hb, 'b-xinhua-1-2', 'noise'),
    await file(hb, 'b-xinhua-1-2', 'noise'),
    await file(hb, 'b-xinhua-1-2', 'noise'),
  ]
  await file(hb, 'b-xinhua-1-2', 'other')
  await file(fh, 'b-fh-yuan-1', 'noise')
  await file(fh, 'b-fh-yuan-2', 'noise')
  await file(fh, 'b-fh-yuan-1', 'other')
  const grid1 = await signIn(system, 'demo-grid-1')
  expect(
    (await grid1.call('report.transition', { id: hbNoise[0], version: 1, action: 'accept' })).ok,
  ).toBe(true)
  const rejected = await hbOffice.call('report.transition', {
    id: hbNoise[1],
    version: 1,
    action: 'reject',
    reason: '不属于受理范围',
  })
  expect(rejected.ok).toBe(true)
  // The unaccepted ones run past their limit overnight (the sweep marks them).
  await at(T0 + 6 * 60 * MIN)
  // 15:00: today's digest (of the 22nd) went out at the first round after 08:30; the 23rd's waits.
  const ofThe23rd = async () =>
    (await digests()).filter((m) => m.title.startsWith('关注日报 11月23日'))
  await at(DIGEST - 2 * MIN) // 08:29: not yet
  expect(await ofThe23rd()).toHaveLength(0)
  await at(DIGEST)
  const [m] = await ofThe23rd()
  const day = beijingDay(T0)
  const want = {
    noise: {
      fenghuang: await expected('noise', 'fenghuang', day),
      haibei: await expected('noise', 'haibei', day),
    },
    other: await expected('other', 'fenghuang', day),
  }
  expect(want.noise.haibei).toMatchObject({ fresh: 3, overdue: 1 })
  expect(want.noise.fenghuang).toMatchObject({ fresh: 2, overdue: 2 })
  const noiseTotal = plus(want.noise.fenghuang, want.noise.haibei)
  const total = plus(noiseTotal, want.other)
  expect(m.title).toBe(`关注日报 11月23日：新增 ${total.fresh} · 超时 ${total.overdue}`)
  expect(m.body).toBe(
    [
      '2026年11月23日（新增为当天收到；超时、未办结为今晨的数字）',
      [
        line('噪音扰民', noiseTotal),
        line('凤凰岭街道', want.noise.fenghuang),
        line('海北街道', want.noise.haibei),
      ].join('\n'),
      [line('其他', want.other), line('凤凰岭街道', want.other)].join('\n'),
    ].join('\n\n'),
  )
  expect(m.page).toBe('/pages/figures/index')
  // No person, phone or room in it: street names and numbers only.
  expect(m.body).not.toMatch(/\d{11}|室|王秀兰|号楼/)
  await at(DIGEST + 9 * MIN)
  expect(await ofThe23rd()).toHaveLength(1)
}, 180_000)

test('two timer rounds at once claim each supervisor’s digest once', async () => {
  const day3 = DIGEST + DAY
  const deps = { cloud, db: cloud.database(), now: () => new Date(day3) }
  const before = (await digests()).length
  const claimed = await Promise.all([followDigest(deps), followDigest(deps)])
  expect(claimed.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(1)
  await at(day3 + MIN) // the platform's round after them sends nothing more
  const after = await digests()
  expect(after).toHaveLength(before + 1)
  expect(after.filter((m) => m.title.startsWith('关注日报 11月24日'))).toHaveLength(1)
}, 120_000)

test('a round that dies after its claim: the next round delivers it, still once', async () => {
  const day4 = DIGEST + 2 * DAY
  await at(day4 - 2 * MIN) // the sweep's own notices of the night go out first
  // The office's digest of the day is out already, so the first message stored is this one.
  await cloud
    .database()
    .collection('digests')
    .add({ data: { _id: `digest-${beijingDay(day4)}`, at: new Date(day4) } })
  const before = (await digests()).length
  await system.admin('crash-on', { action: 'database.insertDocument', collection: 'messages' })
  await at(day4)
  expect(await digests()).toHaveLength(before)
  await at(day4 + 5 * MIN)
  expect(await digests()).toHaveLength(before + 1)
  await at(day4 + 10 * MIN)
  expect(await digests()).toHaveLength(before + 1)
}, 120_000)

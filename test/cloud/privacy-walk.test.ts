import type { ApplicationDetail, ApplicationSummary } from '@shared/contracts/certificate'
import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import type { Relation } from '@shared/privacy'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { validIdNumber } from '../support/id-numbers'
import { newTotals, scan, type WalkRecord } from '../support/privacy-scan'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'
import { anonToken } from '../support/http-api'

/**
 * The privacy walk: every role calls every list and detail action that returns people data, and
 * the whole JSON of each answer is scanned for ID numbers, mobile numbers and room-level
 * addresses (and the known names) the policy table (src/shared/privacy.ts) does not give them.
 * Who stands how to what comes from the fixtures below, not from the code under test.
 */
let system: System
let cloud: WxCloud
const users: Record<string, GatewayUser> = {}

// Who lives where (test knowledge): the grid of each bound home.
const HOME_GRID: Record<string, string> = {
  'demo-resident-1': 'g-xinhua-1',
  'demo-resident-2': 'g-binhe-1',
  'walk-near': 'g-xinhua-1',
  'walk-gridres': 'g-xinhua-1',
  'demo-office-1': 'g-lvyuan-1',
}
/** The viewers: one per kind of caller the table distinguishes. */
const VIEWERS: Record<string, string> = {
  'demo-resident-1': 'resident owner',
  'demo-resident-2': 'follower from another grid',
  'walk-near': 'follower living in the grid',
  'walk-gridres': 'resident of the grid',
  'demo-resident-3': 'another resident (no home)',
  'demo-grid-1': 'grid worker of this grid',
  'demo-grid-3': 'grid worker of another grid',
  'demo-grid-2': 'retired grid worker',
  'demo-property-1': 'property staff of this company',
  'demo-property-2': 'property staff of another company',
  'demo-office-1': 'street office',
}
const WANG = { name: '王秀兰', phone: '13804731234', room: '2单元 301' }
const PEOPLE = {
  near: { name: '孙晓梅', phone: '13512340001', room: '3单元 401' },
  gridres: { name: '钱国庆', phone: '13512340002', room: '1单元 102' },
  li: { name: '李建国', phone: '13804735678', room: '1单元 502' },
}
const WORKER1_PHONE = '13904732001' // demo-grid-1 (g-xinhua-1)
const WORKER2_PHONE = '13904732002' // demo-grid-2 (g-xinhua-2), retired below
const HELPER_PHONES = ['13904731001', '13904731002']
const ID_NUMBER = validIdNumber('777')

let r1 = '' // grid report of 王秀兰 at her door, followed by 李建国 and 孙晓梅
let r2 = '' // property report of 王秀兰 at her door
let r3 = '' // grid report in g-xinhua-2, accepted by demo-grid-2, who then retired
let a1 = '' // 王秀兰's 居住证明, approved
let code = ''

function reportRecord(
  name: string,
  opts: { grid: string; followers: string[]; now: string[]; then: string[]; room: string },
  worker?: string,
): WalkRecord {
  return {
    name,
    values: [
      { field: 'residentName', value: WANG.name },
      { field: 'residentPhone', value: WANG.phone },
      { field: 'roomAddress', value: opts.room },
      ...(worker ? [{ field: 'workerContact' as const, value: worker }] : []),
    ],
    relationsOf(v) {
      const out: Relation[] = []
      if (v === 'demo-resident-1') out.push('owner')
      if (opts.followers.includes(v)) out.push('follower')
      if (HOME_GRID[v] === opts.grid) out.push('gridResident')
      if (opts.now.includes(v)) out.push('handler')
      else if (opts.then.includes(v)) out.push('retired')
      if (v === 'demo-office-1') out.push('office')
      return out.length ? out : ['neighbour']
    },
  }
}

const followers = ['demo-resident-2', 'walk-near']
const R1 = reportRecord(
  'R1',
  { grid: 'g-xinhua-1', followers, now: ['demo-grid-1'], then: ['demo-grid-1'], room: WANG.room },
  WORKER1_PHONE,
)
/** The followers' names on R1 are theirs, not the reporter's: being R1's owner gives nothing. */
const R1F: WalkRecord = {
  name: 'R1 followers',
  values: [PEOPLE.near.name, PEOPLE.li.name].map((value) => ({ field: 'residentName', value })),
  relationsOf(v) {
    const rel = R1.relationsOf(v).filter((x) => x !== 'owner')
    return rel.length ? rel : ['neighbour']
  },
}
const R2 = reportRecord('R2', {
  grid: 'g-xinhua-1',
  followers: [],
  now: ['demo-property-1'],
  then: ['demo-property-1'],
  room: WANG.room,
})
const R3 = reportRecord(
  'R3',
  { grid: 'g-xinhua-2', followers: [], now: [], then: ['demo-grid-2'], room: '3单元 602' },
  WORKER2_PHONE,
)
const A1 = (verifying: boolean): WalkRecord => ({
  name: verifying ? 'A1(verify)' : 'A1',
  values: [
    { field: 'residentName', value: WANG.name },
    { field: 'residentPhone', value: WANG.phone },
    { field: 'roomAddress', value: WANG.room },
    { field: 'idNumber', value: ID_NUMBER },
  ],
  relationsOf(v) {
    const out: Relation[] = verifying ? ['verifier'] : []
    if (v === 'demo-resident-1') out.push('owner')
    if (v === 'demo-office-1') out.push('office')
    return out.length ? out : ['neighbour']
  },
})
const WORKER_OF: Record<string, [openid: string, phone: string]> = {
  'g-xinhua-1': ['demo-grid-1', WORKER1_PHONE],
  'g-binhe-1': ['demo-grid-3', '13904732003'],
  'g-lvyuan-1': ['demo-grid-5', '13904732005'],
}
const GRID = (gridId: string): WalkRecord => ({
  name: `grid ${gridId}`,
  values: [WORKER_OF[gridId]?.[1] ?? '', ...HELPER_PHONES].map((value) => ({
    field: 'workerContact' as const,
    value,
  })),
  relationsOf(v) {
    const out: Relation[] = []
    if (HOME_GRID[v] === gridId) out.push('gridResident')
    if (WORKER_OF[gridId]?.[0] === v) out.push('handler')
    if (v === 'demo-office-1') out.push('office')
    return out.length ? out : ['neighbour']
  },
})
/** Staff's own mobiles (seed): they see them on their own 我的 page. */
const STAFF_PHONE: Record<string, string> = {
  'demo-grid-1': WORKER1_PHONE,
  'demo-grid-2': WORKER2_PHONE,
  'demo-grid-3': '13904732003',
  'demo-property-1': '13704731111',
  'demo-property-2': '13704732222',
  'demo-office-1': '13604730001',
}
/** The viewer's own data: theirs in full. */
const SELF = (viewer: string): WalkRecord => {
  const p =
    viewer === 'demo-resident-1'
      ? WANG
      : viewer === 'walk-near'
        ? PEOPLE.near
        : viewer === 'walk-gridres'
          ? PEOPLE.gridres
          : viewer === 'demo-resident-2'
            ? PEOPLE.li
            : { name: '', phone: STAFF_PHONE[viewer] ?? '', room: '' }
  return {
    name: 'self',
    values: [
      { field: 'residentName', value: p.name },
      { field: 'residentPhone', value: p.phone },
      { field: 'roomAddress', value: p.room },
    ],
    relationsOf: (v) => (v === viewer ? ['owner'] : ['neighbour']),
  }
}

let seq = 0
const photo = (u: GatewayUser) =>
  u.upload(`uploads/${u.openid}/20261123/walk-${++seq}.jpg`, TINY_JPEG)

async function file(target: string, buildingId: string, unit: string, room: string) {
  const wang = users['demo-resident-1']
  const r = await wang.call<{ report: ReportSummary }>('report.create', {
    target,
    categoryKey: 'lighting',
    description: '楼道灯坏了，晚上看不见',
    photos: [await photo(wang)],
    location: { kind: 'address', buildingId, unit, room },
    urgency: 'normal',
    requestId: `walk-${++seq}-abcdefgh`,
  })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.report.id
}

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  const home = (buildingId: string, p: { room: string }) => {
    const [unit, room] = p.room.split(' ')
    return { communityId: 'c-xinhua', buildingId, unit, room }
  }
  await cloud
    .database()
    .collection('users')
    .add({
      data: {
        _id: 'walk-near',
        role: 'resident',
        ...PEOPLE.near,
        address: home('b-xinhua-1-2', PEOPLE.near),
      },
    })
  await cloud
    .database()
    .collection('users')
    .add({
      data: {
        _id: 'walk-gridres',
        role: 'resident',
        ...PEOPLE.gridres,
        address: home('b-xinhua-1-2', PEOPLE.gridres),
      },
    })
  for (const openid of Object.keys(VIEWERS)) users[openid] = await signIn(system, openid)
  const wang = users['demo-resident-1']
  const office = users['demo-office-1']
  r1 = await file('grid', 'b-xinhua-1-1', '2单元', '301')
  r2 = await file('property', 'b-xinhua-1-1', '2单元', '301')
  r3 = await file('grid', 'b-xinhua-2-1', '3单元', '602')
  for (const f of followers)
    expect((await users[f].call('report.follow', { id: r1 })).ok).toBe(true)
  const grid2 = users['demo-grid-2']
  const v3 = (await grid2.call<ReportDetail>('report.get', { id: r3 })).data.version
  expect(
    (await grid2.call('report.transition', { id: r3, version: v3, action: 'accept' })).ok,
  ).toBe(true)
  expect((await office.call('grid.retireWorker', { id: 'g-xinhua-2' })).ok).toBe(true)
  // The office lives in the street too (bound for its own application in the duties tests).
  await office.call('user.bindAddress', {
    communityId: 'c-lvyuan',
    buildingId: 'b-lvyuan-1-1',
    unit: '1单元',
    room: '101',
  })
  const attach = async (kind: string) => ({ kind, fileID: await photo(wang) })
  const applied = await wang.call<{ application: ApplicationSummary }>('certificate.apply', {
    typeKey: 'residence',
    input: {
      name: WANG.name,
      idNumber: ID_NUMBER,
      phone: WANG.phone,
      address: home('b-xinhua-1-1', WANG),
      purpose: 'school',
      attachments: [await attach('idCard'), await attach('housing')],
      requestId: `walk-cert-${Date.now()}`,
    },
  })
  if (!applied.ok) throw new Error(JSON.stringify(applied.error))
  a1 = applied.data.application.id
  const d = (await office.call<ApplicationDetail>('certificate.get', { id: a1 })).data
  const approved = await office.call<{ application: ApplicationDetail }>('certificate.approve', {
    id: a1,
    version: d.version,
  })
  code = approved.data.application.certificate!.code
})
afterAll(() => system.stop())

test('nearby shows another resident the building, never the reporter’s door', async () => {
  const near = await users['demo-resident-2'].call<{ items: ReportSummary[] }>('report.nearby', {
    categoryKey: 'lighting',
    target: 'grid',
    location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
  })
  expect(near.data.items.find((i) => i.id === r1)?.placeLabel).toBe('新华小区1号楼')
  // The reporter and the handler still see the door.
  const mine = await users['demo-resident-1'].call<ReportDetail>('report.get', { id: r1 })
  expect(mine.data.placeLabel).toBe('新华小区1号楼 2单元 301')
  const task = await users['demo-grid-1'].call<ReportDetail>('report.get', { id: r1 })
  expect(task.data.placeLabel).toBe('新华小区1号楼 2单元 301')
})

test('the grid worker’s mobile: to a follower living in the grid, not to one from elsewhere (as grid.mine)', async () => {
  const outside = await users['demo-resident-2'].call<ReportDetail>('report.get', { id: r1 })
  expect(outside.data.handler).toMatchObject({ contactName: '张海燕', contactPhone: '' })
  const mineOutside = await users['demo-resident-2'].call<{ worker: { phone: string } }>(
    'grid.mine',
    { gridId: 'g-xinhua-1' },
  )
  expect(mineOutside.data.worker.phone).toBe('')
  const inside = await users['walk-near'].call<ReportDetail>('report.get', { id: r1 })
  expect(inside.data.handler.contactPhone).toBe(WORKER1_PHONE)
})

test('a retired grid worker cannot open or act on their old grid’s reports', async () => {
  const former = users['demo-grid-2']
  const got = await former.call<ReportDetail>('report.get', { id: r3 })
  expect(got).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN', message: expect.stringContaining('不再负责') },
  })
  const acted = await former.call('report.transition', {
    id: r3,
    version: 2,
    action: 'note',
    note: '还在处理',
  })
  expect(acted).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  const mine = await former.call<{ items: ReportSummary[] }>('report.listMine', {})
  expect(mine.data.items.map((i) => i.id)).not.toContain(r3)
})

test('privacy walk: every role × every people-data action, scanned against the policy table', async () => {
  const totals = newTotals()
  const all = (v: string) => [R1, R1F, R2, R3, A1(false), GRID('g-xinhua-1'), SELF(v)]
  // A desk's sign-in code, as the phone reads it: the desk's address and browser, nobody's data.
  const desk = await fetch(`${system.url}/v1/functions/auth`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await anonToken(system)}`,
    },
    body: JSON.stringify({ action: 'auth.deskStart', payload: { device: 'Chrome · Windows' } }),
  }).then((r) => r.json() as Promise<{ data: { scene: string } }>)
  const calls: Array<[string, unknown, (v: string) => WalkRecord[]]> = [
    ['report.get', { id: r1 }, (v) => [R1, R1F, SELF(v)]],
    ['report.get', { id: r2 }, (v) => [R2, SELF(v)]],
    ['report.get', { id: r3 }, (v) => [R3, SELF(v)]],
    ['report.listMine', {}, all],
    [
      'report.nearby',
      {
        categoryKey: 'lighting',
        target: 'grid',
        location: { kind: 'address', buildingId: 'b-xinhua-1-1' },
      },
      all,
    ],
    [
      'report.nearby',
      {
        categoryKey: 'lighting',
        target: 'grid',
        location: { kind: 'address', buildingId: 'b-xinhua-2-1' },
      },
      all,
    ],
    ['report.inbox', { tab: 'pending' }, all],
    ['report.inbox', { tab: 'active' }, all],
    ['report.search', { filter: 'all' }, all],
    ['grid.mine', {}, (v) => [GRID(HOME_GRID[v] ?? '-'), SELF(v)]],
    ['grid.mine', { gridId: 'g-xinhua-1' }, (v) => [GRID('g-xinhua-1'), SELF(v)]],
    ['grid.map', {}, all],
    ['grid.ledger', {}, all],
    ['certificate.listMine', {}, all],
    ['certificate.get', { id: a1 }, (v) => [A1(false), SELF(v)]],
    ['certificate.queue', { filter: 'all' }, all],
    ['certificate.verify', { code, verifier: '隐私巡检' }, (v) => [A1(true), SELF(v)]],
    ['user.messages', {}, all],
    ['user.whoami', {}, (v) => [SELF(v)]],
    ['user.profile', {}, (v) => [SELF(v)]],
    ['grid.myCard', {}, (v) => [SELF(v)]],
    ['grid.staff', {}, all],
    // 代办's look-up: residents bound at a building, for the staff who may file for them.
    ['user.residentsAt', { buildingId: 'b-xinhua-1-1' }, all],
    ['stats.dashboard', { period: { from: '2026-01-01', to: '2026-12-31' } }, all],
    ['stats.ranking', {}, all],
    ['auth.deskScan', { scene: desk.data.scene }, (v) => [SELF(v)]],
  ]
  const answered: Record<string, number> = {}
  for (const viewer of Object.keys(VIEWERS)) {
    for (const [action, payload, scope] of calls) {
      const res = await users[viewer].call(action, payload)
      if (res.ok) answered[viewer] = (answered[viewer] ?? 0) + 1
      scan(totals, viewer, `${action} (${VIEWERS[viewer]})`, res, scope(viewer))
    }
  }
  const anon = await anonToken(system)
  for (const [action, payload, scope] of calls) {
    const res = await fetch(`${system.url}/v1/functions/${action.split('.')[0]}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${anon}` },
      body: JSON.stringify({ action, payload }),
    }).then((r) => r.json())
    scan(totals, 'anonymous', action, res, scope('anonymous'))
  }
  console.log(
    `privacy walk: ${totals.responses} responses scanned, ${totals.fieldsChecked} fields checked ` +
      `(${totals.entitledSeen} entitled values seen), ${totals.findings.length} leaks`,
  )
  expect(totals.findings).toEqual([])
  // The walk saw real data: every viewer got answers, and entitled values did show up.
  for (const viewer of Object.keys(VIEWERS)) expect(answered[viewer]).toBeGreaterThan(3)
  expect(totals.entitledSeen).toBeGreaterThan(20)
})

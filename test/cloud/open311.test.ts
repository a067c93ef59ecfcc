import gcoord from 'gcoord'
import type { ReportDetail } from '@shared/contracts/report'
import * as haibei from '../../emulator/seed/haibei'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'
import { xmlElements } from '../support/xml'

/**
 * Open311 GeoReport v2 through real HTTP against the emulator's HTTP access route
 * (/open311/v2/ → the open311 function with CloudBase's integration event): fields per the
 * spec, JSON and XML, the error rules, a 12345 centre's POST landing in the street's console,
 * and no personal data in any answer.
 */
let system: System
let cloud: WxCloud
let office: GatewayUser
let key: string
const bodies: string[] = []

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  office = await signIn(system, 'demo-office-1')
  // The street office issues the centre its key (shown once; only a hash is stored).
  const issued = await office.call<{ id: string; key: string }>('grid.issueApiKey', {
    name: '乌海市12345热线',
  })
  key = issued.data.key
  const { data: stored } = await cloud.database().collection('api_keys').doc(issued.data.id).get()
  expect(stored).toMatchObject({ streetId: 'haibei', name: '乌海市12345热线' })
  expect(JSON.stringify(stored)).not.toContain(key.split('.')[1])
})
afterAll(() => system.stop())

async function get(path: string): Promise<{ status: number; type: string; text: string }> {
  const r = await fetch(`${system.url}/open311/v2/${path}`)
  const text = await r.text()
  bodies.push(text)
  return { status: r.status, type: r.headers.get('content-type') ?? '', text }
}

async function post(path: string, fields: Record<string, string>) {
  const r = await fetch(`${system.url}/open311/v2/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  })
  const text = await r.text()
  bodies.push(text)
  return { status: r.status, text }
}

const SERVICE_FIELDS = [
  'service_code',
  'service_name',
  'description',
  'metadata',
  'type',
  'keywords',
  'group',
]
const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
]
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/

test('services lists every category with its time limits, in JSON and well-formed XML', async () => {
  const j = await get('services.json')
  expect(j.status).toBe(200)
  expect(j.type).toMatch(/^application\/json; charset=utf-8/)
  const services = JSON.parse(j.text) as Array<Record<string, string>>
  expect(services.length).toBeGreaterThan(5)
  for (const s of services) expect(Object.keys(s).sort()).toEqual([...SERVICE_FIELDS].sort())
  const lighting = services.find((s) => s.service_code === 'lighting')!
  expect(lighting).toMatchObject({ service_name: '照明', metadata: 'false', type: 'realtime' })
  expect(lighting.description).toBe(
    '受理时限 2 小时，办结时限 1 天；紧急：受理 30 分钟，办结 4 小时',
  )
  const x = await get('services.xml')
  expect(x.type).toMatch(/^text\/xml; charset=utf-8/)
  expect(x.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
  const names = xmlElements(x.text)
  expect(names[0]).toBe('services')
  expect(names.filter((n) => n === 'service')).toHaveLength(services.length)
  const def = await get('services/lighting.json')
  expect(JSON.parse(def.text)).toEqual({ service_code: 'lighting', attributes: [] })
  expect(xmlElements((await get('services/lighting.xml')).text)[0]).toBe('service_definition')
  expect((await get('services/nope.json')).status).toBe(404)
})

test('a 12345 centre files with its key: routed, in the street console as 12345/外部, readable back', async () => {
  const [b] = haibei.buildings
  const bad = await post('requests.json', {
    api_key: 'k000000000000.wrongwrongwrongwrongwrong',
    service_code: 'lighting',
    description: '路灯不亮',
    address_id: b._id,
  })
  expect(bad.status).toBe(403)
  expect(JSON.parse(bad.text)).toEqual([{ code: 403, description: 'api_key 无效或已停用' }])
  const badXml = await post('requests.xml', { service_code: 'lighting' })
  expect(badXml.status).toBe(403)
  expect(xmlElements(badXml.text)).toEqual(['errors', 'error', 'code', 'description'])
  const noCode = await post('requests.json', {
    api_key: key,
    description: '路灯不亮',
    address_id: b._id,
  })
  expect(noCode.status).toBe(400)
  expect(JSON.parse(noCode.text)[0]).toEqual({ code: 400, description: '缺少 service_code' })

  const ok = await post('requests.json', {
    api_key: key,
    service_code: 'lighting',
    description: '市民来电：楼下路灯不亮，回电13912340000',
    address_id: b._id,
    first_name: '来电人',
    last_name: '孙',
    phone: '13912340000',
  })
  expect(ok.status).toBe(200)
  const [filed] = JSON.parse(ok.text) as Array<Record<string, string>>
  expect(Object.keys(filed).sort()).toEqual(['account_id', 'service_notice', 'service_request_id'])
  const id = filed.service_request_id

  // The office sees it in its console, from the outside system, routed to the building's grid.
  const found = await office.call<{ items: Array<{ id: string }> }>('report.search', {
    filter: 'all',
    q: '路灯不亮',
  })
  expect(found.data.items.map((i) => i.id)).toContain(id)
  const detail = await office.call<ReportDetail>('report.get', { id })
  expect(detail.data.proxyBy).toBe('12345/外部 乌海市12345热线')
  expect(detail.data.handler.name).toBe(haibei.grids.find((g) => g._id === b.gridId)!.name)

  const one = await get(`requests/${id}.json`)
  const [row] = JSON.parse(one.text) as Array<Record<string, string | number>>
  expect(Object.keys(row).sort()).toEqual([...REQUEST_FIELDS].sort())
  expect(row).toMatchObject({
    service_request_id: id,
    status: 'open',
    status_notes: '待受理',
    service_code: 'lighting',
    address: `海北街道 ${b.name}`,
    address_id: b._id,
    media_url: '',
  })
  expect(row.agency_responsible).toBe(`海北街道 · ${detail.data.handler.name}`)
  expect(row.description).toBe('市民来电：楼下路灯不亮，回电***')
  for (const f of ['requested_datetime', 'updated_datetime', 'expected_datetime'])
    expect(row[f]).toMatch(ISO)
  // expected = the category's 24 h limit from filing
  expect(
    Date.parse(String(row.expected_datetime)) - Date.parse(String(row.requested_datetime)),
  ).toBe(24 * 3600_000)
  // The building's position, in WGS-84 as the spec says (stored GCJ-02).
  const [lng, lat] = gcoord.transform(
    b.location.coordinates as [number, number],
    gcoord.GCJ02,
    gcoord.WGS84,
  )
  expect(row.lat).toBeCloseTo(lat, 5)
  expect(row.long).toBeCloseTo(lng, 5)

  // A status change flows back as updated_datetime and status_notes.
  await system.admin('clock', { now: Date.now() + 60_000 })
  const worker = await signIn(system, haibei.grids.find((g) => g._id === b.gridId)!.workerOpenid)
  const accepted = await worker.call('report.transition', {
    id,
    version: detail.data.version,
    action: 'accept',
  })
  expect(accepted.ok).toBe(true)
  const [after] = JSON.parse((await get(`requests/${id}.xml`.replace('.xml', '.json'))).text)
  expect(after.status_notes).toBe('已受理')
  expect(after.status).toBe('open')
  expect(Date.parse(after.updated_datetime)).toBeGreaterThan(
    Date.parse(String(row.updated_datetime)),
  )
  const xml = await get(`requests/${id}.xml`)
  expect(xmlElements(xml.text).slice(0, 3)).toEqual([
    'service_requests',
    'request',
    'service_request_id',
  ])
})

test('requests filters by service_code and status within a window of at most 90 days', async () => {
  const all = JSON.parse((await get('requests.json')).text) as Array<Record<string, string>>
  expect(all.length).toBeGreaterThan(1)
  const lighting = JSON.parse((await get('requests.json?service_code=lighting')).text) as Array<
    Record<string, string>
  >
  expect(lighting.length).toBeGreaterThan(0)
  expect(lighting.every((r) => r.service_code === 'lighting')).toBe(true)
  const closed = JSON.parse((await get('requests.json?status=closed')).text) as Array<
    Record<string, string>
  >
  expect(closed.every((r) => r.status === 'closed')).toBe(true)
  const open = JSON.parse((await get('requests.json?status=open')).text) as Array<
    Record<string, string>
  >
  expect(open.length + closed.length).toBe(all.length)
  const far = await get(
    'requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-04-02T00:00:00Z',
  )
  expect(far.status).toBe(400)
  expect(JSON.parse(far.text)[0].code).toBe(400)
  const farXml = await get(
    'requests.xml?start_date=2026-01-01T00:00:00Z&end_date=2026-04-02T00:00:00Z',
  )
  expect(xmlElements(farXml.text)).toEqual(['errors', 'error', 'code', 'description'])
  const old = JSON.parse((await get('requests.json?end_date=2020-01-01T00:00:00Z')).text)
  expect(old).toEqual([])
  expect((await get('requests.json?status=pending')).status).toBe(400)
  expect((await get('requests.json?start_date=yesterday')).status).toBe(400)
  const missing = await get('requests/r-nope.json')
  expect(missing.status).toBe(404)
  expect(JSON.parse(missing.text)[0].code).toBe(404)
  expect((await get('requests/r-nope.xml')).status).toBe(404)
  expect((await get('nothing.json')).status).toBe(404)
})

test('media_url: a short-lived link to the first photo, only for a public category', async () => {
  const upload = (name: string) =>
    cloud.uploadFile({ cloudPath: `reports/o311/${name}.jpg`, fileContent: TINY_JPEG })
  const [first, second] = await Promise.all([upload('a'), upload('b')])
  const reports = cloud.database().collection('reports')
  await reports.doc('r-demo-1').update({ data: { photos: [first.fileID, second.fileID] } })
  await reports.doc('r-demo-2').update({ data: { photos: [first.fileID], categoryKey: 'noise' } })
  const [lamp] = JSON.parse((await get('requests/r-demo-1.json')).text)
  expect(lamp.media_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\/.*a\.jpg\?/)
  const photo = await fetch(lamp.media_url)
  expect(photo.status).toBe(200)
  // It expires within 10 minutes (the storage signs its expiry into `t`, wall-clock seconds).
  const expires = Number(new URL(lamp.media_url).searchParams.get('t')) * 1000
  expect(expires - Date.now()).toBeGreaterThan(500_000)
  expect(expires - Date.now()).toBeLessThanOrEqual(600_000)
  const [noise] = JSON.parse((await get('requests/r-demo-2.json')).text)
  expect(noise.media_url).toBe('')
})

test('a revoked key is refused at once', async () => {
  const { data } = await office.call<{ keys: Array<{ id: string; revoked: boolean }> }>(
    'grid.apiKeys',
    {},
  )
  const [mine] = data.keys
  expect(mine.revoked).toBe(false)
  expect(JSON.stringify(data)).not.toContain(key.split('.')[1])
  expect((await office.call('grid.revokeApiKey', { id: mine.id })).ok).toBe(true)
  const [b] = haibei.buildings
  const refused = await post('requests.json', {
    api_key: key,
    service_code: 'lighting',
    description: '路灯不亮',
    address_id: b._id,
  })
  expect(refused.status).toBe(403)
})

test('no answer carries a name, a phone number or a room of the street', () => {
  const text = bodies.join('\n')
  expect(bodies.length).toBeGreaterThan(20)
  for (const u of haibei.users) {
    expect(text).not.toContain(u.name)
    const phone = (u as { phone?: string }).phone
    if (phone) expect(text).not.toContain(phone)
  }
  for (const g of haibei.grids) for (const h of g.helpers) expect(text).not.toContain(h.phone)
  expect(text).not.toContain('13912340000')
  expect(text).not.toContain('孙来电人')
  expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/)
  expect(text).not.toMatch(/\d+\s*单元\s*\d{2,4}室?/)
})

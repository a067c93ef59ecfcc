import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import type { MyCard } from '@shared/contracts/grid'
import { signIn, TINY_JPEG, type GatewayUser } from '../support/gateway'
import { sdkFor, type WxCloud } from '../support/sdk'
import { startSystem, type System } from '../support/system'

/**
 * Images through WeChat's content security (issue 14 point 5): each claimed image goes to
 * `security.mediaCheckAsync` v2, whose verdict the emulator pushes later as WeChat does — the
 * `wxa_media_check` message push, delivered to the function cloudbase/message-push.json names.
 * A risky image is hidden from everyone but the office and its uploader told; a push arriving
 * twice changes nothing more; a risky image nothing holds any more is deleted.
 */
let system: System
let cloud: WxCloud
let wang: GatewayUser // demo-resident-1
let grid1: GatewayUser // the worker of wang's grid
let office: GatewayUser

beforeAll(async () => {
  system = await startSystem()
  cloud = sdkFor(system)
  ;[wang, grid1, office] = await Promise.all(
    ['demo-resident-1', 'demo-grid-1', 'demo-office-1'].map((o) => signIn(system, o)),
  )
})
afterAll(() => system.stop())

/** A JPEG whose APP2 segment (kept when metadata is removed) carries an emulator deny marker. */
function markedJpeg(marker: string): Buffer {
  const body = Buffer.from(marker, 'latin1')
  const app2 = Buffer.concat([Buffer.from([0xff, 0xe2, 0, 0]), body])
  app2.writeUInt16BE(body.length + 2, 2)
  return Buffer.concat([TINY_JPEG.subarray(0, 2), app2, TINY_JPEG.subarray(2)])
}
const RISKY = markedJpeg('XB-TEST-RISKY-IMAGE')

const db = () => cloud.database()
async function until<T>(f: () => Promise<T | null | undefined | false>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = await f()
    if (v) return v
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 100))
  }
}
interface Check {
  _id: string
  fileID: string
  state: string
  uploaderOpenid: string
  dest: string
}
const checkOf = async (fileID: string) =>
  ((await db().collection('media_checks').where({ fileID }).get()).data[0] as Check) ?? null
const decided = (fileID: string) =>
  until(async () => {
    const c = await checkOf(fileID)
    return c && c.state !== 'pending' ? c : null
  })
const messagesAbout = async (openid: string, refId: string) =>
  (await db().collection('messages').where({ toOpenid: openid, refId }).get()).data as Array<{
    title: string
    body: string
  }>

let seq = 0
async function fileReport(photos: Buffer[]): Promise<ReportDetail> {
  const ids = []
  for (const bytes of photos)
    ids.push(await wang.upload(`uploads/${wang.openid}/20261201/m${++seq}.jpg`, bytes))
  const r = await wang.call<{ report: ReportSummary }>('report.create', {
    target: 'grid',
    categoryKey: 'lighting',
    description: '楼道灯坏了',
    photos: ids,
    location: { kind: 'address', buildingId: 'b-xinhua-1-1', unit: '2单元' },
    urgency: 'normal',
    requestId: `media-${++seq}-abcdefgh`,
    noCallback: true,
  })
  expect(r.error).toBeUndefined()
  return (await wang.call<ReportDetail>('report.get', { id: r.data.report.id })).data
}
const photosFor = async (u: GatewayUser, id: string) =>
  (await u.call<ReportDetail>('report.get', { id })).data.photos
const urlsFor = async (u: GatewayUser, fileIDs: string[]) =>
  (await u.call<{ urls: Record<string, string> }>('user.fileUrls', { fileIDs })).data.urls

test('a photo WeChat passes stays visible to everyone entitled; nobody is told anything', async () => {
  const r = await fileReport([TINY_JPEG])
  const [photo] = r.photos
  const check = await decided(photo)
  expect(check).toMatchObject({
    state: 'pass',
    uploaderOpenid: wang.openid,
    dest: `reports/${r.id}`,
  })
  // The trace_id is WeChat's (a UUID here), and it never reached the client.
  expect(JSON.stringify(r)).not.toContain(check._id)
  expect(await photosFor(grid1, r.id)).toEqual([photo])
  expect(Object.keys(await urlsFor(grid1, [photo]))).toEqual([photo])
  expect(await messagesAbout(wang.openid, r.id)).not.toContainEqual(
    expect.objectContaining({ title: '图片未通过内容安全检查' }),
  )
})

test('a risky photo is hidden from all but the office, and its uploader is told in 消息; the push arriving twice changes nothing more', async () => {
  const r = await fileReport([TINY_JPEG, RISKY])
  const [fine, risky] = r.photos
  const check = await decided(risky)
  expect(check.state).toBe('risky')
  await decided(fine)
  // The worker, and the reporter themself, no longer get it — in the view or as a file.
  expect(await photosFor(grid1, r.id)).toEqual([fine])
  expect(await photosFor(wang, r.id)).toEqual([fine])
  expect(Object.keys(await urlsFor(grid1, [fine, risky]))).toEqual([fine])
  expect(Object.keys(await urlsFor(wang, [risky]))).toEqual([])
  // The office still sees what was sent.
  expect(await photosFor(office, r.id)).toEqual([fine, risky])
  expect(Object.keys(await urlsFor(office, [risky]))).toEqual([risky])
  const told = await until(async () => {
    const m = await messagesAbout(wang.openid, r.id)
    return m.filter((x) => x.title === '图片未通过内容安全检查').length ? m : null
  })
  expect(told.find((x) => x.title === '图片未通过内容安全检查')?.body).toMatch(/报事 BS.*已被隐藏/)
  // WeChat pushes the same verdict again (it retries a slow answer): nothing more happens.
  const again = await system.invoke('sla', {
    ToUserName: 'gh_000000000000',
    FromUserName: wang.openid,
    CreateTime: Math.floor(Date.now() / 1000),
    MsgType: 'event',
    Event: 'wxa_media_check',
    trace_id: check._id,
    version: 2,
    result: { suggest: 'risky', label: 20006 },
  })
  expect(again).toBe('success')
  const [stored] = (await db().collection('reports').where({ _id: r.id }).get()).data
  expect((stored as { hiddenFiles?: string[] }).hiddenFiles).toEqual([risky])
  const notices = (await messagesAbout(wang.openid, r.id)).filter(
    (x) => x.title === '图片未通过内容安全检查',
  )
  expect(notices).toHaveLength(1)
})

test('a verdict cannot come from a client: a user calling with a push-shaped event is refused', async () => {
  const r = await fileReport([TINY_JPEG])
  const check = await decided(r.photos[0])
  const res = await fetch(`${system.url}/v1/functions/sla`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${grid1.token}` },
    body: JSON.stringify({
      MsgType: 'event',
      Event: 'wxa_media_check',
      trace_id: check._id,
      result: { suggest: 'risky' },
    }),
  })
  expect(JSON.stringify(await res.json())).toContain('FORBIDDEN')
  expect(await photosFor(office, r.id)).toEqual(r.photos)
  expect(await photosFor(grid1, r.id)).toEqual(r.photos)
})

test('a risky image nothing holds any more (a card photo replaced before the verdict) is deleted, and nobody is told', async () => {
  // Frozen clock: the verdict waits until the test moves time on.
  const t0 = Date.now()
  await system.admin('clock', { now: t0 })
  try {
    const up = (bytes: Buffer) =>
      grid1.upload(`uploads/${grid1.openid}/20261201/c${++seq}.jpg`, bytes)
    const card = { phone: '', wechatId: '', title: '', duties: '', hours: '', onLeave: false }
    const first = await grid1.call<MyCard>('grid.saveCard', { ...card, photo: await up(RISKY) })
    const riskyId = first.data.photo
    const second = await grid1.call<MyCard>('grid.saveCard', {
      ...card,
      photo: await up(TINY_JPEG),
    })
    expect(second.data.photo).not.toBe(riskyId)
    expect((await checkOf(riskyId)).state).toBe('pending')
    await system.admin('clock', { now: t0 + 5_000 })
    await system.admin('tick')
    expect((await checkOf(riskyId)).state).toBe('risky')
    // Deleted from storage: not even the office can read it.
    const { fileList } = await cloud.getTempFileURL({ fileList: [riskyId] })
    expect(fileList[0].tempFileURL).toBeFalsy()
    expect((await grid1.call<MyCard>('grid.myCard', {})).data.photo).toBe(second.data.photo)
    expect(await messagesAbout(grid1.openid, grid1.openid)).toEqual([])
  } finally {
    await system.admin('clock', { now: null })
  }
})

test('the emulator answers mediaCheckAsync as WeChat does: a trace_id, or its error codes', async () => {
  const security = cloud.openapi.security
  const good = { mediaUrl: 'https://example.com/a.jpg', mediaType: 2, version: 2, scene: 2 }
  const errOf = (p: object) =>
    security.mediaCheckAsync(p).then(
      () => 0,
      (e: { errCode?: number }) => e.errCode,
    )
  expect(await security.mediaCheckAsync({ ...good, openid: wang.openid })).toMatchObject({
    traceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
  })
  expect(await errOf(good)).toBe(40003)
  expect(await errOf({ ...good, openid: wang.openid, version: 1 })).toBe(40097)
  expect(await errOf({ ...good, openid: wang.openid, mediaType: 3 })).toBe(40097)
  expect(await errOf({ ...good, openid: wang.openid, mediaUrl: 'cloud://x/y.jpg' })).toBe(40097)
})

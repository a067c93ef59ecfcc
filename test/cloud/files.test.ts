import fs from 'node:fs'
import exifr from 'exifr'
import type { ApplicationDetail, ApplicationSummary } from '@shared/contracts/certificate'
import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import { TINY_JPEG, type GatewayUser } from '../support/gateway'
import { validIdNumber } from '../support/id-numbers'
import { reportBody } from '../support/reports'
import type { WxCloud } from '../support/sdk'
import { startSignedIn } from '../support/signed-in'
import { attachedFileCount, directUrls } from '../support/storage'
import type { System } from '../support/system'
import { anonToken } from '../support/http-api'

/**
 * Files (issue 12 finding 2): the storage and database security rules in cloudbase/, enforced by
 * the emulator for clients; reading others' files only through user.fileUrls, decided from what
 * a file is attached to; attaching = claiming (own upload, real image, EXIF removed, copied to a
 * path no client can write).
 */
let system: System
let cloud: WxCloud
let wang: GatewayUser // demo-resident-1, bound at 新华小区1号楼 2单元 301 (grid g-xinhua-1)
let li: GatewayUser // demo-resident-2, another resident
let grid1: GatewayUser // the worker of g-xinhua-1
let office: GatewayUser

beforeAll(async () => {
  const openids = ['demo-resident-1', 'demo-resident-2', 'demo-grid-1', 'demo-office-1']
  ;({
    system,
    cloud,
    users: [wang, li, grid1, office],
  } = await startSignedIn(openids))
})
afterAll(() => system.stop())

let seq = 0
const mine = (u: GatewayUser, ext = 'jpg') => `uploads/${u.openid}/20261123/f${++seq}.${ext}`
const post = (p: string, body: unknown, token?: string) =>
  fetch(`${system.url}${p}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  })
const direct = (fileIDs: string[], token?: string) => directUrls(system, fileIDs, token)
const attachedFiles = () => attachedFileCount(system)

/** A JPEG carrying an EXIF GPS position (39°40'12"N 106°48'E, in 乌海), as phones write it. */
function jpegWithGps(): Buffer {
  const tiff = Buffer.alloc(128)
  tiff.write('MM\0*', 0, 'latin1')
  tiff.writeUInt32BE(8, 4)
  tiff.writeUInt16BE(1, 8) // IFD0: one entry, GPSInfo → the GPS IFD at 26
  tiff.writeUInt16BE(0x8825, 10)
  tiff.writeUInt16BE(4, 12)
  tiff.writeUInt32BE(1, 14)
  tiff.writeUInt32BE(26, 18)
  tiff.writeUInt16BE(4, 26) // GPS IFD: lat ref, lat, lon ref, lon
  const entry = (n: number, tag: number, type: number, count: number, value: number | string) => {
    const at = 28 + n * 12
    tiff.writeUInt16BE(tag, at)
    tiff.writeUInt16BE(type, at + 2)
    tiff.writeUInt32BE(count, at + 4)
    if (typeof value === 'string') tiff.write(value, at + 8, 'latin1')
    else tiff.writeUInt32BE(value, at + 8)
  }
  entry(0, 1, 2, 2, 'N')
  entry(1, 2, 5, 3, 80)
  entry(2, 3, 2, 2, 'E')
  entry(3, 4, 5, 3, 104)
  ;[39, 40, 12, 106, 48, 0].forEach((v, n) => {
    tiff.writeUInt32BE(v, 80 + n * 8)
    tiff.writeUInt32BE(1, 84 + n * 8)
  })
  const app1 = Buffer.concat([
    Buffer.from([0xff, 0xe1, 0, 0]),
    Buffer.from('Exif\0\0', 'latin1'),
    tiff,
  ])
  app1.writeUInt16BE(app1.length - 2, 2)
  return Buffer.concat([TINY_JPEG.subarray(0, 2), app1, TINY_JPEG.subarray(2)])
}

const report = (u: GatewayUser, photos: string[]) =>
  u.call<{ report: ReportSummary }>(
    'report.create',
    reportBody({
      categoryKey: 'lighting',
      description: '2单元3楼楼道灯坏了',
      photos,
      location: { kind: 'address', buildingId: 'b-xinhua-1-1', unit: '2单元' },
      // The no-callback rule: a caller without a verified phone says 不需要回电.
      noCallback: true,
    }),
  )
const urlsFor = async (u: GatewayUser, fileIDs: string[]) =>
  (await u.call<{ urls: Record<string, string> }>('user.fileUrls', { fileIDs })).data?.urls ?? {}
const bytesAt = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer())

test('the rules files parse, and a client database read they do not allow is refused', async () => {
  const storage = JSON.parse(fs.readFileSync('cloudbase/storage.rules.json', 'utf8'))
  const database = JSON.parse(fs.readFileSync('cloudbase/database.rules.json', 'utf8'))
  expect(Object.keys(storage).sort()).toEqual(['read', 'write'])
  expect(database['*']).toEqual({ read: false, write: false })
  const q = (body: unknown, token?: string) => post('/api/database/query', body, token)
  for (const [body, token] of [
    [{ collection: 'users', query: { _id: wang.openid } }, wang.token],
    [{ collection: 'reports', query: {} }, wang.token],
    [{ collection: 'files', query: {} }, office.token],
    [{ collection: 'messages', query: { toOpenid: li.openid } }, wang.token],
    [{ collection: 'messages', query: {} }, wang.token],
    [{ collection: 'messages', query: { toOpenid: wang.openid } }, undefined],
  ] as const) {
    const r = await q(body, token)
    expect([body, r.status]).toEqual([body, 403])
    expect(await r.json()).toMatchObject({ errCode: 'DATABASE_PERMISSION_DENIED' })
  }
  // The one thing a feature may read directly: the caller's own messages.
  const own = await q({ collection: 'messages', query: { toOpenid: wang.openid } }, wang.token)
  expect(own.status).toBe(200)
})

test('a client cannot write over or read another user’s upload', async () => {
  const p = mine(wang)
  const fileID = await wang.upload(p, TINY_JPEG)
  await expect(li.upload(p, Buffer.from('<html>x</html>'))).rejects.toThrow(
    /STORAGE_EXCEED_AUTHORITY/,
  )
  const own = (await direct([fileID], wang.token)).items
  expect((await bytesAt(own[0].tempFileURL)).equals(TINY_JPEG)).toBe(true)
  expect((await direct([fileID], li.token)).items).toEqual([
    { fileID, code: 'STORAGE_EXCEED_AUTHORITY', tempFileURL: '' },
  ])
  expect((await direct([fileID])).status).toBe(401)
  expect(await urlsFor(li, [fileID])).toEqual({})
  // Nor can the other user attach it: it is not their upload.
  expect(await report(li, [fileID])).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { photos: '照片须由本人上传，请重新添加' } },
  })
})

test('an ID-card attachment: the applicant and the office get a URL, another resident and the signed-out none', async () => {
  const idCard = await wang.upload(mine(wang), TINY_JPEG)
  const housing = await wang.upload(mine(wang), TINY_JPEG)
  const r = await wang.call<{ application: ApplicationSummary }>('certificate.apply', {
    typeKey: 'residence',
    input: {
      name: '王秀兰',
      idNumber: validIdNumber(),
      phone: '13904731234',
      address: { communityId: 'c-xinhua', buildingId: 'b-xinhua-1-1', unit: '2单元', room: '301' },
      purpose: 'school',
      attachments: [
        { kind: 'idCard', fileID: idCard },
        { kind: 'housing', fileID: housing },
      ],
      requestId: `files-cert-${Date.now()}`,
    },
  })
  expect(r.ok).toBe(true)
  const app = (await wang.call<ApplicationDetail>('certificate.get', { id: r.data.application.id }))
    .data
  const held = app.attachments.find((a) => a.kind === 'idCard')!.fileID
  expect(held).toMatch(new RegExp(`/attached/applications/${app.id}/`))
  for (const who of [wang, office]) {
    const urls = await urlsFor(who, [held])
    expect((await bytesAt(urls[held])).equals(TINY_JPEG)).toBe(true)
  }
  expect(await urlsFor(li, [held])).toEqual({})
  expect(await urlsFor(grid1, [held])).toEqual({})
  const anon = await (
    await post(
      '/v1/functions/user',
      { action: 'user.fileUrls', payload: { fileIDs: [held] } },
      await anonToken(system),
    )
  ).json()
  expect(anon).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  // Not even the applicant reads the claimed copy straight from storage: it is the server's.
  expect((await direct([held], wang.token)).items[0].tempFileURL).toBe('')
})

test('a report’s photo: the reporter, the handler and the office see it; another resident does not; re-uploading the old path changes nothing filed', async () => {
  const p = mine(wang)
  const uploaded = await wang.upload(p, TINY_JPEG)
  const r = await report(wang, [uploaded])
  expect(r.ok).toBe(true)
  const detail = (await wang.call<ReportDetail>('report.get', { id: r.data.report.id })).data
  const [held] = detail.photos
  expect(held).not.toBe(uploaded)
  expect(held).toMatch(new RegExp(`/attached/reports/${detail.id}/`))
  await wang.upload(p, Buffer.concat([TINY_JPEG, Buffer.from('replaced')])) // own path: allowed
  for (const who of [wang, grid1, office]) {
    const urls = await urlsFor(who, [held])
    expect((await bytesAt(urls[held])).equals(TINY_JPEG)).toBe(true)
  }
  expect(await urlsFor(li, [held])).toEqual({})
  // A client cannot write into the attached copy either.
  const attachedPath = held.slice(held.indexOf('/attached/') + 1)
  await expect(wang.upload(attachedPath, TINY_JPEG)).rejects.toThrow(/STORAGE_EXCEED_AUTHORITY/)
})

test.each([
  ['HTML named .jpg', 'jpg', 'image/jpeg', Buffer.from('<html><script>alert(1)</script></html>')],
  ['a .txt file', 'txt', 'text/plain', Buffer.from('not a photo')],
  [
    'a .pdf file',
    'pdf',
    'application/pdf',
    Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'),
  ],
  ['a truncated JPEG', 'jpg', 'image/jpeg', TINY_JPEG.subarray(0, 30)],
])('%s is refused as a report photo, and nothing is written', async (_n, ext, type, bytes) => {
  const fileID = await wang.upload(mine(wang, ext), bytes, type)
  const before = [await cloud.database().collection('reports').count(), attachedFiles()]
  expect(await report(wang, [fileID])).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { photos: '照片必须是 JPG/PNG/WebP 图片' } },
  })
  expect([await cloud.database().collection('reports').count(), attachedFiles()]).toEqual(before)
})

test('the EXIF GPS position is removed from an attached photo (read back with exifr)', async () => {
  const withGps = jpegWithGps()
  const gps = await exifr.gps(withGps)
  expect([gps.latitude, gps.longitude].map((d) => d.toFixed(2))).toEqual(['39.67', '106.80'])
  const r = await report(wang, [await wang.upload(mine(wang), withGps)])
  expect(r.ok).toBe(true)
  const [held] = (await wang.call<ReportDetail>('report.get', { id: r.data.report.id })).data.photos
  const served = await bytesAt((await urlsFor(grid1, [held]))[held])
  expect(await exifr.gps(served)).toBeUndefined()
  expect(await exifr.parse(served)).toBeUndefined()
  expect(served.equals(TINY_JPEG)).toBe(true) // the picture itself is byte for byte the same
})

test('files are served with the type their bytes have, and nosniff', async () => {
  const html = await wang.upload(mine(wang), Buffer.from('<html><script>alert(1)</script></html>'))
  const jpeg = await wang.upload(mine(wang), TINY_JPEG)
  const list = (await direct([html, jpeg], wang.token)).items
  const [h, j] = await Promise.all(list.map((f) => fetch(f.tempFileURL)))
  expect(h.headers.get('content-type')).toBe('application/octet-stream')
  expect(h.headers.get('x-content-type-options')).toBe('nosniff')
  expect(j.headers.get('content-type')).toBe('image/jpeg')
  expect(j.headers.get('x-content-type-options')).toBe('nosniff')
})

test('a follower sees the report’s photos (as the report view shows them); after following, not before', async () => {
  const r = await report(wang, [await wang.upload(mine(wang), TINY_JPEG)])
  const [held] = (await wang.call<ReportDetail>('report.get', { id: r.data.report.id })).data.photos
  expect(await urlsFor(li, [held])).toEqual({})
  expect((await li.call('report.follow', { id: r.data.report.id })).ok).toBe(true)
  expect(Object.keys(await urlsFor(li, [held]))).toEqual([held])
})

test('photos of a note or a resolution are claimed too: someone else’s is refused, one’s own is copied', async () => {
  const r = await report(wang, [await wang.upload(mine(wang), TINY_JPEG)])
  const id = r.data.report.id
  const get = async () => (await grid1.call<ReportDetail>('report.get', { id })).data
  const act = async (action: string, input: Record<string, unknown>) =>
    grid1.call<ReportDetail>('report.transition', {
      id,
      version: (await get()).version,
      action,
      ...input,
    })
  expect((await act('accept', {})).ok).toBe(true)
  const others = await wang.upload(mine(wang), TINY_JPEG)
  const before = (await get()).version
  expect(await act('note', { note: '已联系电工', photos: [others] })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { photos: '照片须由本人上传，请重新添加' } },
  })
  expect((await get()).version).toBe(before)
  const own = await grid1.upload(mine(grid1), jpegWithGps())
  const done = await act('resolve', { note: '已更换灯泡', photos: [own] })
  expect(done.ok).toBe(true)
  const [after] = done.data.events.at(-1)!.photos!
  expect(after).toMatch(new RegExp(`/attached/reports/${id}/`))
  const served = await bytesAt((await urlsFor(wang, [after]))[after])
  expect(await exifr.gps(served)).toBeUndefined()
})

import type { ReportDetail, ReportSummary } from '@shared/contracts/report'
import { silentMp3, TINY_MP3 } from '../support/audio'
import { TINY_JPEG, type GatewayUser } from '../support/gateway'
import type { WxCloud } from '../support/sdk'
import { reportBody } from '../support/reports'
import { startSignedIn } from '../support/signed-in'
import { attachedFileCount } from '../support/storage'
import type { System } from '../support/system'

/**
 * Issue 19 points 3 and 4 on the server: a report described by voice (the clip claimed like a
 * photo, readable by the reporter, the handler and the office only; the text optional only with
 * one; anything but a recording refused with nothing stored), and a point on the map placed in
 * words from the street's own buildings, never from the client's text.
 */
let system: System
let cloud: WxCloud
let wang: GatewayUser // demo-resident-1 (新华小区1号楼, grid g-xinhua-1)
let li: GatewayUser // demo-resident-2
let grid1: GatewayUser
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
const mine = (u: GatewayUser, ext: string) => `uploads/${u.openid}/20261123/v${++seq}.${ext}`
const attachedFiles = () => attachedFileCount(system)
const reportCount = async () => (await cloud.database().collection('reports').count()).total

const file = (u: GatewayUser, extra: Record<string, unknown>) =>
  u.call<{ report: ReportSummary }>(
    'report.create',
    reportBody({ description: '', noCallback: true, ...extra }),
  )
const get = async (u: GatewayUser, id: string) =>
  (await u.call<ReportDetail>('report.get', { id })).data
const urlsFor = async (u: GatewayUser, fileIDs: string[]) =>
  (await u.call<{ urls: Record<string, string> }>('user.fileUrls', { fileIDs })).data?.urls ?? {}

test('a voice clip stands for the description; without one the text is required', async () => {
  expect(await file(wang, {})).toMatchObject({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      fields: { description: '请描述一下问题，或按住说话留一段语音' },
    },
  })
  const clip = await wang.upload(mine(wang, 'mp3'), TINY_MP3, 'audio/mpeg')
  const r = await file(wang, { voice: { fileID: clip, seconds: 7 } })
  expect(r.ok).toBe(true)
  const d = await get(wang, r.data.report.id)
  expect(d.description).toBe('')
  expect(d.voice?.seconds).toBe(7)
  // Claimed: a fresh copy under the report, not the resident's own upload path.
  expect(d.voice?.fileID).toMatch(new RegExp(`/attached/reports/${d.id}/f[^/]+\\.mp3$`))
  expect(d.voice?.fileID).not.toBe(clip)
})

test('only the reporter, the handler and the office get the clip; a follower gets the photos only', async () => {
  const clip = await wang.upload(mine(wang, 'mp3'), TINY_MP3, 'audio/mpeg')
  const photo = await wang.upload(mine(wang, 'jpg'), TINY_JPEG)
  const r = await file(wang, { voice: { fileID: clip, seconds: 3 }, photos: [photo] })
  const id = r.data.report.id
  const d = await get(wang, id)
  const voice = d.voice!.fileID
  for (const who of [wang, grid1, office]) {
    expect((await get(who, id)).voice?.fileID).toBe(voice)
    const url = (await urlsFor(who, [voice]))[voice]
    const res = await fetch(url)
    expect(res.headers.get('content-type')).toBe('audio/mpeg')
    expect(Buffer.from(await res.arrayBuffer()).equals(TINY_MP3)).toBe(true)
  }
  expect(await urlsFor(li, [voice])).toEqual({})
  expect((await li.call('report.follow', { id })).ok).toBe(true)
  expect((await get(li, id)).voice).toBeUndefined()
  expect(Object.keys(await urlsFor(li, [voice, d.photos[0]]))).toEqual([d.photos[0]])
})

test.each([
  ['a JPEG named .mp3', 'mp3', TINY_JPEG, '语音必须是 MP3/AAC/M4A/WebM/Ogg 录音'],
  [
    'HTML named .webm',
    'webm',
    Buffer.from('<html><script>alert(1)</script></html>'),
    '语音必须是 MP3/AAC/M4A/WebM/Ogg 录音',
  ],
  [
    'a clip over 1 MB',
    'mp3',
    silentMp3(2600),
    '语音文件过大（不超过 1024 KB），请重新录制一段更短的',
  ],
])(
  '%s is refused as a voice clip, and nothing is stored (not even the photo)',
  async (_n, ext, bytes, message) => {
    const clip = await wang.upload(
      mine(wang, ext),
      bytes,
      `audio/${ext === 'webm' ? 'webm' : 'mpeg'}`,
    )
    const photo = await wang.upload(mine(wang, 'jpg'), TINY_JPEG)
    const before = [await reportCount(), attachedFiles()]
    expect(
      await file(wang, { voice: { fileID: clip, seconds: 5 }, photos: [photo] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { voice: message } },
    })
    expect([await reportCount(), attachedFiles()]).toEqual(before)
  },
)

test('a clip must be the caller’s own upload and 1–60 s long', async () => {
  const others = await li.upload(mine(li, 'mp3'), TINY_MP3, 'audio/mpeg')
  expect(await file(wang, { voice: { fileID: others, seconds: 4 } })).toMatchObject({
    ok: false,
    error: { fields: { voice: '语音须由本人录制上传，请重新录制' } },
  })
  const clip = await wang.upload(mine(wang, 'mp3'), TINY_MP3, 'audio/mpeg')
  for (const seconds of [0, 61, 2.5])
    expect(await file(wang, { voice: { fileID: clip, seconds } })).toMatchObject({
      ok: false,
      error: { fields: { voice: '语音须在 1–60 秒之间，请重新录制' } },
    })
})

// 新华小区1号楼 stands at (106.803333, 39.674), 2号楼 about 286 m east of it (emulator/seed).
const AT_1 = { latitude: 39.674, longitude: 106.80334 }
const NEAR_1 = { latitude: 39.6745, longitude: 106.8036 }

test('a point is placed in words from the street’s buildings; the client’s text is not the label', async () => {
  expect((await wang.call('grid.locate', AT_1)).data).toEqual({
    label: '新华小区1号楼',
    buildingId: 'b-xinhua-1-1',
  })
  expect((await wang.call('grid.locate', NEAR_1)).data).toEqual({
    label: '新华小区1号楼附近',
    buildingId: 'b-xinhua-1-1',
  })
  const r = await file(wang, {
    description: '路灯不亮',
    location: { kind: 'point', ...NEAR_1, address: '（40.12345, 106.1）市政府大楼' },
  })
  expect(r.ok).toBe(true)
  expect(r.data.report.placeLabel).toBe('新华小区1号楼附近')
  expect((await get(grid1, r.data.report.id)).placeLabel).toBe('新华小区1号楼附近')
  // 天安门 is not in this street: pick a building instead; nothing filed.
  const before = await reportCount()
  const far = { latitude: 39.90923, longitude: 116.397428 }
  expect(await wang.call('grid.locate', far)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { location: '该位置不在本街道网格内，请选择楼栋' } },
  })
  expect(await file(wang, { description: 'x', location: { kind: 'point', ...far } })).toMatchObject(
    { ok: false, error: { code: 'INVALID_INPUT' } },
  )
  expect(await reportCount()).toBe(before)
  expect(await wang.call('grid.locate', { latitude: 'x' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  })
})

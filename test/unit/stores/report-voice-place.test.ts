import { AppError } from '@shared/errors'
import { validateReportInput } from '@shared/reports'
import { NEEDS_NETWORK, TOO_SHORT, VoiceClip } from '@/pages/resident/report/VoiceClip'
import { ReportFormStore } from '@/pages/resident/report/ReportFormStore'
import { memoryStorage } from '@/services/storage/memory'
import { OutboxStore } from '@/stores/OutboxStore'
import { FakeCloud } from '../../support/fake-cloud'
import { fakeKeeper } from '../../support/fake-keeper'
import { fakePhotos } from '../../support/fake-photos'
import { fakeRecorder, fakeTicker } from '../../support/fake-recorder'

/** Issue 19 points 3 and 4 in the report form's stores: the voice clip and the place. */

const flush = () => new Promise((r) => setTimeout(r, 0))

function clip(o: { refuse?: string; offline?: boolean } = {}) {
  const cloud = new FakeCloud()
  const uploads: string[] = []
  cloud.uploadFile = async (file, cloudPath) => {
    if (o.offline) throw new AppError('NETWORK')
    uploads.push(`${String(file)}→${cloudPath}`)
    return `cloud://env.b/${cloudPath}`
  }
  const mic = fakeRecorder({ refuse: o.refuse })
  const clock = fakeTicker()
  const voice = new VoiceClip(
    cloud,
    mic.recorder,
    (id, ext) => `uploads/o_res/20261201/${id}.${ext}`,
    clock.ticker,
  )
  return { voice, mic, clock, uploads }
}

test('recording: idle → recording (the seconds count) → uploading → ready; the cap is 60 s', async () => {
  const { voice, mic, clock, uploads } = clip()
  expect(voice.state).toBe('idle')
  await voice.start()
  expect(voice.state).toBe('recording')
  expect(mic.state.cap).toBe(60_000)
  clock.advance(7_200)
  expect(voice.elapsed).toBe(7)
  voice.stop()
  expect(mic.state.stops).toBe(1)
  expect(clock.running).toBe(0) // the clock stops with the finger
  mic.finish(7_400)
  expect(voice.state).toBe('uploading')
  await flush()
  expect(voice.state).toBe('ready')
  expect(voice.seconds).toBe(7)
  expect(voice.url).toBe('blob:clip-7400')
  expect(uploads).toEqual([
    expect.stringMatching(/^clip-7400\.mp3→uploads\/o_res\/20261201\/v[^/]+\.mp3$/),
  ])
  expect(voice.clip).toEqual({ fileID: expect.stringMatching(/^cloud:\/\//), seconds: 7 })
  // The platform stopped by itself at the cap: a full minute, never more.
  const again = clip()
  await again.voice.start()
  again.mic.finish(60_400)
  await flush()
  expect(again.voice.clip?.seconds).toBe(60)
})

test('a slip of the finger (< 1 s) is not a clip; 删除 forgets one; a refused microphone says what to do', async () => {
  const a = clip()
  await a.voice.start()
  a.mic.finish(400)
  expect([a.voice.state, a.voice.error]).toEqual(['idle', TOO_SHORT])
  expect(a.uploads).toEqual([])
  await a.voice.start()
  a.mic.finish(3_000)
  await flush()
  a.voice.remove()
  expect([a.voice.state, a.voice.clip]).toEqual(['idle', undefined])

  const b = clip({ refuse: '请在小程序设置中允许使用麦克风，或改为打字描述' })
  await b.voice.start()
  expect([b.voice.state, b.voice.error]).toEqual([
    'idle',
    '请在小程序设置中允许使用麦克风，或改为打字描述',
  ])
})

test('let go before the recorder started: it stops as soon as it starts', async () => {
  const { voice, mic } = clip()
  const started = voice.start()
  voice.stop()
  await started
  expect(mic.state.stops).toBe(1)
})

test('offline, the clip says it needs the network and can be sent again (重新上传)', async () => {
  const c = clip({ offline: true })
  await c.voice.start()
  c.mic.finish(5_000)
  await flush()
  expect([c.voice.state, c.voice.error, c.voice.clip]).toEqual(['failed', NEEDS_NETWORK, undefined])
})

test('the description is optional only with a clip (the shared rule the server runs too)', () => {
  const base = {
    target: 'grid',
    categoryKey: 'noise',
    description: '',
    photos: [],
    location: { kind: 'address', buildingId: 'b-1' },
    requestId: 'req-abcdefgh',
  }
  expect(() => validateReportInput(base)).toThrow('请描述一下问题，或按住说话留一段语音')
  const ok = validateReportInput({
    ...base,
    voice: { fileID: 'cloud://e.b/uploads/o/1/v.mp3', seconds: 5 },
  })
  expect(ok.voice).toEqual({ fileID: 'cloud://e.b/uploads/o/1/v.mp3', seconds: 5 })
  expect(() => validateReportInput({ ...base, voice: { fileID: 'x', seconds: 5 } })).toThrow(
    '语音信息无效',
  )
})

function form(cloud = new FakeCloud()) {
  const storage = memoryStorage()
  const mic = fakeRecorder()
  cloud.uploadFile = async (_f, p) => `cloud://env.b/${p}`
  const choose = jest.fn(async () => ({ latitude: 39.6745, longitude: 106.8036 }))
  const f = new ReportFormStore('grid', {
    cloud,
    storage,
    outbox: new OutboxStore(cloud, storage, fakeKeeper()),
    photos: fakePhotos(),
    location: { current: choose, choose, chooseLabel: '在地图上选位置' },
    recorder: mic.recorder,
    openid: 'o_res',
    address: null,
  })
  return { f, mic, storage, cloud }
}

test('the form: a clip makes the text optional, a clip still recording or failed blocks 提交', async () => {
  const { f, mic } = form()
  f.set('categoryKey', 'noise')
  f.where.pickCommunity({ _id: 'c', name: '新华社区', buildings: [] })
  f.where.pickBuilding({ _id: 'b-1', name: '新华小区1号楼', units: [] })
  expect(f.validate()).toBe(false)
  expect(f.errors.description).toBe('请描述一下问题，或按住说话留一段语音')
  await f.voice.start()
  await f.submit()
  expect(f.message).toBe('语音还在录制或上传，请稍候再提交')
  mic.finish(4_000)
  await flush()
  expect(f.validate()).toBe(true)
  expect(f.input().voice).toEqual({ fileID: expect.any(String), seconds: 4 })
  expect(f.input().description).toBe('')
})

test('the place: two steps to a building, a map point in the server’s words, a draft keeps the clip', async () => {
  const cloud = new FakeCloud().on('grid.locate', () => ({
    label: '新华小区2号楼附近',
    buildingId: null,
  }))
  const { f, mic, storage } = form(cloud)
  expect(f.place).toBeNull()
  const communities = [
    { _id: 'c', name: '新华社区', buildings: [{ _id: 'b-2', name: '新华小区2号楼', units: [] }] },
  ]
  f.where.open([...communities, { _id: 'd', name: '滨河社区', buildings: [] }])
  expect(f.where.step).toBe('community')
  f.where.pickCommunity(communities[0])
  expect(f.where.step).toBe('building')
  f.where.back()
  expect(f.where.step).toBe('community')
  f.where.open(communities) // one community: straight to its buildings
  expect(f.where.step).toBe('building')
  f.where.pickBuilding(communities[0].buildings[0])
  expect([f.where.step, f.place]).toEqual([
    'closed',
    { kind: 'address', buildingId: 'b-2', label: '新华社区 新华小区2号楼' },
  ])
  await f.where.locate()
  expect(f.place).toEqual({
    kind: 'point',
    latitude: 39.6745,
    longitude: 106.8036,
    label: '新华小区2号楼附近',
  })
  expect(f.input().location).toEqual({ kind: 'point', latitude: 39.6745, longitude: 106.8036 })
  await f.voice.start()
  mic.finish(2_000)
  await flush()
  expect(storage.get<{ voice: unknown }>('xb.reportDraft.grid')?.voice).toEqual({
    fileID: expect.any(String),
    seconds: 2,
  })
  f.dispose()
})

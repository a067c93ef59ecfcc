import { AppError } from '@shared/errors'
import { ReportFormStore } from '@/pages/resident/report/ReportFormStore'
import { memoryStorage } from '@/services/storage/memory'
import type { KeyValueStorage } from '@/services/storage/types'
import { OutboxStore } from '@/stores/OutboxStore'
import { FakeCloud } from '../../support/fake-cloud'
import { fakeKeeper } from '../../support/fake-keeper'
import { fakePhotos } from '../../support/fake-photos'

const address = {
  communityId: 'c',
  communityName: '新华社区',
  buildingId: 'b-1',
  buildingName: '新华小区1号楼',
  unit: '2单元',
  room: '301',
}

/**
 * A network that can be pulled, and a server that files one report per request id (as
 * report.create does with its unique requestKey): what the phone sends while it is down fails
 * as the real client fails (AppError NETWORK).
 */
function world() {
  const net = { online: false }
  const uploads: string[] = []
  const reports = new Map<string, unknown>()
  const cloud = new FakeCloud()
    .on('report.nearby', () => ({ items: [] }))
    .on('report.create', (p) => {
      const { requestId, photos } = p as { requestId: string; photos: string[] }
      if (!net.online) throw new AppError('NETWORK')
      if (!reports.has(requestId)) reports.set(requestId, { photos })
      return {
        report: { id: requestId, no: 'BS1', statusTag: '待受理', handlerName: '第一网格' },
        duplicate: false,
      }
    })
  cloud.uploadFile = async (file, cloudPath, onProgress) => {
    if (!net.online) throw new AppError('NETWORK')
    onProgress?.(0.5)
    uploads.push(`${String(file)}→${cloudPath}`)
    return `cloud://env.b/${cloudPath}`
  }
  const storage = memoryStorage()
  const keeper = fakeKeeper()
  const outbox = new OutboxStore(cloud, storage, keeper)
  const form = (s: KeyValueStorage = storage) =>
    new ReportFormStore('grid', {
      cloud,
      storage: s,
      outbox,
      photos: fakePhotos(['light.jpg', 'stairs.jpg']),
      keeper,
      openid: 'o_res',
      address,
      now: () => new Date('2026-12-01T10:00:00Z'),
    })
  const creates = () => cloud.calls.filter((c) => c.action === 'report.create')
  return { net, uploads, reports, cloud, storage, keeper, outbox, form, creates }
}

async function fill(form: ReportFormStore) {
  await form.photos.pick()
  form.set('categoryKey', 'lighting') // needs a photo
  form.set('description', '楼道灯坏了')
}

test('a photo picked offline waits on the device (待上传), not failed, and counts as a photo', async () => {
  const w = world()
  const form = w.form()
  await fill(form)
  expect(form.photos.slots.map((s) => s.status)).toEqual(['waiting', 'waiting'])
  expect(form.photos.slots.map((s) => s.kept)).toEqual(['kept:light.jpg', 'kept:stairs.jpg'])
  expect(form.photos.failedCount).toBe(0)
  expect(form.validate()).toBe(true) // not 请拍一张照片
})

test('offline pick → 提交 queues the whole report → online → photos uploaded once → filed once', async () => {
  const w = world()
  const form = w.form()
  await fill(form)
  await form.submit()
  expect(form.phase).toBe('queued')
  expect(w.creates()).toHaveLength(0) // nothing could be sent: queued without a wasted call
  expect(w.outbox.items).toHaveLength(1)
  expect(w.outbox.items[0].files.map((f) => f.kept)).toEqual(['kept:light.jpg', 'kept:stairs.jpg'])
  expect(w.storage.get('xb.reportDraft.grid')).toBeUndefined()
  form.dispose()
  expect(w.keeper.dropped).toEqual([]) // leaving the form keeps the outbox's copies

  w.net.online = true
  expect(await w.outbox.flush()).toBe(1)
  expect(await w.outbox.flush()).toBe(0) // a second trigger (launch + reconnect) sends nothing
  expect(w.uploads).toHaveLength(2)
  expect(w.creates()).toHaveLength(1)
  const [report] = [...w.reports.values()] as { photos: string[] }[]
  expect(w.reports.size).toBe(1)
  expect(report.photos).toEqual([
    expect.stringMatching(/^cloud:\/\/env\.b\/uploads\/o_res\/20261201\/p.+\.jpg$/),
    expect.stringMatching(/^cloud:\/\/env\.b\/uploads\/o_res\/20261201\/p.+\.jpg$/),
  ])
  expect(w.outbox.items).toEqual([])
  expect(w.keeper.dropped).toEqual(['kept:light.jpg', 'kept:stairs.jpg'])
})

test('an upload that fails midway resumes after the last photo up, and files one report', async () => {
  const w = world()
  const form = w.form()
  await fill(form)
  await form.submit()
  w.net.online = true
  const upload = w.cloud.uploadFile
  let n = 0
  w.cloud.uploadFile = async (file, path, p) => {
    if (++n === 2) throw new AppError('NETWORK') // the connection drops on the second photo
    return upload(file, path, p)
  }
  expect(await w.outbox.flush()).toBe(0)
  expect(w.outbox.items[0]).toMatchObject({ status: 'pending' })
  expect(w.outbox.items[0].files.map((f) => !!f.fileID)).toEqual([true, false])
  expect(w.creates()).toHaveLength(0)

  expect(await w.outbox.flush()).toBe(1)
  expect(w.uploads.map((u) => u.split('→')[0])).toEqual(['kept:light.jpg', 'kept:stairs.jpg'])
  expect(w.creates()).toHaveLength(1)
  expect(w.reports.size).toBe(1)
})

test('a lost answer and the resend carry the same request id: one report', async () => {
  const w = world()
  const form = w.form()
  await fill(form)
  await form.submit()
  w.net.online = true
  const create = w.cloud.calls.length
  let answered = false
  w.cloud.on('report.create', (p) => {
    const { requestId, photos } = p as { requestId: string; photos: string[] }
    if (!w.reports.has(requestId)) w.reports.set(requestId, { photos })
    if (!answered) {
      answered = true
      throw new AppError('NETWORK') // filed, but the answer never reached the phone
    }
    return { report: { id: requestId }, duplicate: true }
  })
  expect(await w.outbox.flush()).toBe(0)
  expect(await w.outbox.flush()).toBe(1)
  const sent = w.cloud.calls.slice(create).filter((c) => c.action === 'report.create')
  expect(sent).toHaveLength(2)
  expect(new Set(sent.map((c) => (c.payload as { requestId: string }).requestId)).size).toBe(1)
  expect(w.reports.size).toBe(1)
  expect(w.uploads).toHaveLength(2) // the photos went up once; the resend only sends their ids
})

test('重新发送 while the outbox is already sending does not send twice', async () => {
  const w = world()
  const form = w.form()
  await fill(form)
  await form.submit()
  w.net.online = true
  const both = await Promise.all([w.outbox.flush(), w.outbox.retry(w.outbox.items[0].id)])
  expect(both).toEqual([1, false])
  expect(w.uploads).toHaveLength(2)
  expect(w.creates()).toHaveLength(1)
})

test('the outbox shows upload progress while sending', async () => {
  const w = world()
  const form = w.form()
  await fill(form)
  await form.submit()
  w.net.online = true
  const seen: number[] = []
  const upload = w.cloud.uploadFile
  w.cloud.uploadFile = async (file, path, p) => {
    const id = await upload(file, path, p)
    seen.push(w.outbox.items[0].progress ?? -1)
    return id
  }
  await w.outbox.flush()
  expect(seen).toEqual([0.25, 0.75]) // half of the first photo, then half of the second
})

test('a waiting photo survives leaving the form (the draft keeps its device copy)', async () => {
  const w = world()
  const first = w.form()
  await fill(first)
  first.dispose()
  const again = w.form()
  expect(again.photos.slots.map((s) => s.status)).toEqual(['waiting', 'waiting'])
  await new Promise((r) => setTimeout(r, 0)) // the file comes back from the device
  expect(again.photos.slots.map((s) => s.file)).toEqual(['kept:light.jpg', 'kept:stairs.jpg'])
  expect(again.description).toBe('楼道灯坏了')
})

test('back online before 提交: the waiting photos go up first and the report is sent at once', async () => {
  const w = world()
  const form = w.form()
  await fill(form)
  w.net.online = true
  await form.submit()
  expect(form.phase).toBe('sent')
  expect(w.outbox.items).toEqual([])
  expect(w.creates()).toHaveLength(1)
  expect((w.creates()[0].payload as { photos: string[] }).photos).toHaveLength(2)
  expect(w.keeper.dropped).toEqual(['kept:light.jpg', 'kept:stairs.jpg'])
})

test('a removed waiting photo leaves the device too', async () => {
  const w = world()
  const form = w.form()
  await fill(form)
  form.photos.remove(form.photos.slots[0].id)
  expect(w.keeper.dropped).toEqual(['kept:light.jpg'])
})

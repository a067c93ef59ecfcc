import { CERTIFICATE_TYPES } from '@shared/certificates'
import type { CatalogueEntry } from '@shared/contracts/certificate'
import { AppError } from '@shared/errors'
import { memoryStorage } from '@/services/storage/memory'
import { ApplicationFormStore } from '@/pages/resident/apply-form/ApplicationFormStore'
import { OnBehalfStore } from '@/stores/OnBehalfStore'
import { FakeCloud } from '../../support/fake-cloud'
import { fakeKeeper } from '../../support/fake-keeper'
import { validIdNumber } from '../../support/id-numbers'

const type = { ...CERTIFICATE_TYPES.residence, enabled: true } as CatalogueEntry
const address = {
  communityId: 'c-xinhua',
  communityName: '新华社区',
  buildingId: 'b-xinhua-1-1',
  buildingName: '新华小区1号楼',
  unit: '2单元',
  room: '301',
}
const compress = async (file: Blob | string) => ({
  file,
  previewUrl: 'blob:x',
  bytes: 1000,
  width: 10,
  height: 10,
})

function setup(cloud = new FakeCloud(), storage = memoryStorage()) {
  cloud.uploadFile = async (_f, path) => `cloud://env.b/${path}`
  const deps = { cloud, storage, photos: { compress, pick: async () => [] }, openid: 'o1', address }
  return { cloud, storage, make: () => new ApplicationFormStore(type, deps) }
}

async function fill(form: ApplicationFormStore) {
  form.set('name', '王秀兰')
  form.set('idNumber', validIdNumber())
  form.set('phone', '13904731234')
  form.set('purpose', 'school')
  await form.uploads.idCard.add(['/tmp/id.jpg'])
  await form.uploads.housing.add(['/tmp/house.jpg'])
}

test('what was typed and uploaded survives leaving the page, with the same request id', async () => {
  const { make } = setup()
  const first = make()
  await fill(first)
  const input = first.input()
  first.dispose()
  const again = make()
  expect(again.values).toMatchObject({ name: '王秀兰', purpose: 'school' })
  expect(again.input()).toEqual(input)
})

test('the shared validator speaks before anything is sent', async () => {
  const { cloud, make } = setup()
  const form = make()
  form.set('idNumber', '15030219620514123')
  await form.submit()
  expect(form.errors).toMatchObject({
    name: expect.any(String),
    idNumber: expect.stringMatching(/18/),
    'attachments.idCard': '请上传居民身份证',
  })
  expect(cloud.calls.filter((c) => c.action === 'certificate.apply')).toEqual([])
})

test('a dropped network keeps the draft; the retry sends the same request id; success clears it', async () => {
  const cloud = new FakeCloud()
  let fail = true
  cloud.on('certificate.apply', () => {
    if (fail) throw new AppError('NETWORK')
    return { application: { id: 'a1', no: 'SQ1' }, duplicate: false }
  })
  const { storage, make } = setup(cloud)
  const form = make()
  await fill(form)
  await form.submit()
  expect(form.message).toMatch(/草稿/)
  expect(storage.get(form.draftKey)).toBeTruthy()
  fail = false
  await form.submit()
  const sent = cloud.calls.filter((c) => c.action === 'certificate.apply')
  const ids = sent.map((c) => (c.payload as { input: { requestId: string } }).input.requestId)
  expect(ids).toHaveLength(2)
  expect(ids[0]).toBe(ids[1])
  expect(form.result).toMatchObject({ id: 'a1' })
  expect(storage.get(form.draftKey)).toBeUndefined()
})

test('a correction whose materials cannot be shown says so, and 重试 shows them', async () => {
  const cloud = new FakeCloud()
  let fail = true
  cloud.getFileUrls = async (ids) => {
    if (fail) throw new AppError('NETWORK', '网络不给力')
    return Object.fromEntries(ids.map((id) => [id, `http://files.test/${id}`]))
  }
  const existing = {
    typeKey: 'residence',
    form: {},
    attachments: [{ kind: type.attachments[0].kind, fileID: 'cloud://b/f1.jpg', label: '' }],
  } as never
  const form = new ApplicationFormStore(type, {
    cloud,
    storage: memoryStorage(),
    photos: { compress, pick: async () => [] },
    openid: 'o1',
    address,
    existing,
  })
  await new Promise((r) => setTimeout(r, 0))
  expect(form.previewError).toBe('已提交的材料暂时无法显示：网络不给力')
  fail = false
  await form.loadPreviews()
  expect(form.previewError).toBe('')
  expect(form.uploads[type.attachments[0].kind].slots[0]).toMatchObject({
    fileID: 'cloud://b/f1.jpg',
    previewUrl: 'http://files.test/cloud://b/f1.jpg',
  })
})

test('materials photographed offline wait on the device with the draft, and go up once online', async () => {
  const cloud = new FakeCloud().on('certificate.apply', () => ({
    application: { id: 'a1', no: 'SQ1' },
    duplicate: false,
  }))
  let online = false
  const uploads: string[] = []
  const storage = memoryStorage()
  const keeper = fakeKeeper()
  const make = () =>
    new ApplicationFormStore(type, {
      cloud,
      storage,
      keeper,
      photos: { compress, pick: async () => [] },
      openid: 'o1',
      address,
    })
  const first = make()
  cloud.uploadFile = async (_f, path) => {
    if (!online) throw new AppError('NETWORK')
    uploads.push(path)
    return `cloud://env.b/${path}`
  }
  await fill(first)
  expect(first.uploads.idCard.slots[0]).toMatchObject({
    status: 'waiting',
    kept: 'kept:/tmp/id.jpg',
  })
  await first.submit()
  expect(first.errors).toEqual({}) // the waiting photos count: no 请上传居民身份证
  expect(first.message).toMatch(/草稿/)
  expect(cloud.calls.filter((c) => c.action === 'certificate.apply')).toEqual([])
  first.dispose()

  const again = make() // the page reopened later: the photos are still there
  expect(again.uploads.housing.slots[0]).toMatchObject({ status: 'waiting' })
  await new Promise((r) => setTimeout(r, 0))
  online = true
  await again.submit()
  expect(uploads).toHaveLength(2)
  const sent = cloud.calls.filter((c) => c.action === 'certificate.apply')
  expect(sent).toHaveLength(1)
  const { attachments } = (sent[0].payload as { input: { attachments: unknown[] } }).input
  expect(attachments).toEqual([
    { kind: 'idCard', fileID: expect.stringMatching(/^cloud:\/\/env\.b\/uploads\/o1\//) },
    { kind: 'housing', fileID: expect.stringMatching(/^cloud:\/\/env\.b\/uploads\/o1\//) },
  ])
  expect([...keeper.dropped].sort()).toEqual(['kept:/tmp/house.jpg', 'kept:/tmp/id.jpg'])
})

describe('代办: staff apply for a resident', () => {
  const home = {
    communityId: 'c-xinhua',
    buildingId: 'b-xinhua-1-1',
    unit: '2单元',
    room: '301',
    label: '新华社区 新华小区1号楼',
  }
  function behalfSetup() {
    const cloud = new FakeCloud()
      .on('certificate.apply', () => ({ application: { id: 'a1', no: 'SQ1' }, duplicate: false }))
      .on('user.residentsAt', () => ({
        items: [{ openid: 'o_wang', name: '王秀兰', phone: '', address: '1号楼 2单元 301' }],
      }))
    cloud.uploadFile = async (_f, path) => `cloud://env.b/${path}`
    const storage = memoryStorage()
    const form = new ApplicationFormStore(type, {
      cloud,
      storage,
      photos: { compress, pick: async () => [] },
      openid: 'o_grid',
      // The worker's own home is not the resident's.
      address: null,
      behalf: true,
    })
    return { cloud, storage, form, proxy: new OnBehalfStore(cloud, form.behalf!) }
  }
  const applies = (cloud: FakeCloud) => cloud.calls.filter((c) => c.action === 'certificate.apply')

  test('needs the resident’s home and whom, each with its rule, before anything is sent', async () => {
    const { cloud, form } = behalfSetup()
    await fill(form)
    await form.submit()
    expect(form.errors).toMatchObject({
      address: expect.stringMatching(/单元和房号/),
      onBehalf: expect.stringMatching(/代办的居民/),
    })
    expect(applies(cloud)).toEqual([])
  })

  test('a resident found at the picked home: the application is sent at that home, for them', async () => {
    const { cloud, form, proxy } = behalfSetup()
    await fill(form)
    form.behalf!.setHome(home)
    await proxy.lookUp()
    expect(cloud.calls.find((c) => c.action === 'user.residentsAt')?.payload).toEqual({
      buildingId: home.buildingId,
      unit: '2单元',
      room: '301',
    })
    proxy.choose(proxy.found[0])
    await form.submit()
    expect(applies(cloud)[0].payload).toMatchObject({
      typeKey: 'residence',
      input: { address: { buildingId: home.buildingId, unit: '2单元', room: '301' } },
      onBehalf: { kind: 'account', openid: 'o_wang' },
    })
  })

  test('its draft is the resident’s: kept apart, and never shown for the next resident', async () => {
    const { storage, form, proxy } = behalfSetup()
    await fill(form)
    // Nobody chosen yet: nothing is kept, not even under the worker's own key.
    expect(storage.get('xb.certDraft.residence')).toBeUndefined()
    form.behalf!.setHome(home)
    proxy.choose({ openid: 'o_wang', name: '王秀兰', phone: '', address: '' })
    expect(storage.get('xb.certDraft.behalf.residence.o_wang')).toMatchObject({
      values: { name: '王秀兰' },
    })
    // The worker opens the form again for another resident:王秀兰's draft stays hers.
    const next = new ApplicationFormStore(type, { ...form['deps'] })
    expect(next.values.name).toBeUndefined()
    new OnBehalfStore(new FakeCloud(), next.behalf!).choose({
      openid: 'o_li',
      name: '李四',
      phone: '',
      address: '',
    })
    expect(next.values.name).toBeUndefined()
    // …and comes back to her: it is there again.
    new OnBehalfStore(new FakeCloud(), next.behalf!).choose({
      openid: 'o_wang',
      name: '王秀兰',
      phone: '',
      address: '',
    })
    expect(next.values.name).toBe('王秀兰')
  })

  test('another home forgets the resident chosen at the old one', () => {
    const { form, proxy } = behalfSetup()
    form.behalf!.setHome(home)
    proxy.choose({ openid: 'o_wang', name: '王秀兰', phone: '', address: '' })
    form.behalf!.setHome({ ...home, room: '302' })
    expect(form.behalf!.onBehalf).toBeNull()
  })

  test('a person without the app: the applicant’s name must be theirs', async () => {
    const { cloud, form, proxy } = behalfSetup()
    await fill(form)
    form.behalf!.setHome({ ...home, room: '401' })
    proxy.setMode('person')
    proxy.setPerson('name', '刘桂芳')
    proxy.setPerson('phone', '13912345678')
    await form.submit()
    expect(form.errors.name).toMatch(/代办的居民姓名一致/)
    form.set('name', '刘桂芳')
    await form.submit()
    expect(applies(cloud)[0].payload).toMatchObject({
      onBehalf: { kind: 'person', name: '刘桂芳', phone: '13912345678' },
    })
  })
})

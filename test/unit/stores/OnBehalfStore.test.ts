import { AppError } from '@shared/errors'
import { OnBehalfStore } from '@/stores/OnBehalfStore'
import { ReportFormStore } from '@/pages/resident/report/ReportFormStore'
import { memoryStorage } from '@/services/storage/memory'
import { OutboxStore } from '@/stores/OutboxStore'
import { FakeCloud } from '../../support/fake-cloud'
import { fakeKeeper } from '../../support/fake-keeper'
import { fakePhotos } from '../../support/fake-photos'

const WANG = { openid: 'o_wang', name: '王秀兰', phone: '138****1234', address: '1号楼 2单元 301' }

function setup() {
  const cloud = new FakeCloud().on('user.residentsAt', (p) => {
    if ((p as { buildingId: string }).buildingId !== 'b-1')
      throw new AppError('FORBIDDEN', '只能查找本网格（含代班网格）的居民')
    return { items: [WANG] }
  })
  const storage = memoryStorage()
  const form = new ReportFormStore('grid', {
    cloud,
    storage,
    outbox: new OutboxStore(cloud, storage, fakeKeeper()),
    photos: fakePhotos([]),
    keeper: fakeKeeper(),
    openid: 'o_grid',
    address: null,
  })
  return { cloud, form, store: new OnBehalfStore(cloud, form) }
}

test('by address: needs a building first, then the chosen resident goes into the report', async () => {
  const { form, store, cloud } = setup()
  await store.lookUp()
  expect(store).toMatchObject({ status: 'error', error: expect.stringContaining('楼栋') })
  expect(cloud.calls).toHaveLength(0)
  form.set('place', {
    kind: 'address',
    buildingId: 'b-1',
    label: '1号楼',
    unit: '2单元',
    room: '301',
  })
  await store.lookUp()
  expect(cloud.calls[0]).toMatchObject({
    action: 'user.residentsAt',
    payload: { buildingId: 'b-1', unit: '2单元', room: '301' },
  })
  store.choose(store.found[0])
  expect(form.input().onBehalf).toEqual({ kind: 'account', openid: 'o_wang' })
  // Switching to a person forgets the choice until a valid name and phone are typed.
  store.setMode('person')
  expect(form.input()).not.toHaveProperty('onBehalf')
})

test('the server’s refusal shows as it is, with a retry', async () => {
  const { form, store } = setup()
  form.set('place', { kind: 'address', buildingId: 'b-9', label: '9号楼' })
  await store.lookUp()
  expect(store).toMatchObject({ status: 'error', error: '只能查找本网格（含代班网格）的居民' })
})

test('a person by name and phone: checked as typed, normalised into the report', () => {
  const { form, store } = setup()
  store.setMode('person')
  store.setPerson('name', '刘桂芳')
  store.setPerson('phone', '139 1234')
  expect(store.personError).toBeTruthy()
  expect(form.input()).not.toHaveProperty('onBehalf')
  store.setPerson('phone', '139-1234-5678')
  expect(store.personError).toBe('')
  expect(form.input().onBehalf).toEqual({ kind: 'person', name: '刘桂芳', phone: '13912345678' })
})

test('不需要回电 is sent only when chosen', () => {
  const { form } = setup()
  expect(form.input()).not.toHaveProperty('noCallback')
  form.set('noCallback', true)
  expect(form.input().noCallback).toBe(true)
})

import { autorun } from 'mobx'
import { AppError } from '@shared/errors'
import { memoryStorage } from '@/services/storage/memory'
import { RootStore } from '@/stores/RootStore'
import { FakeCloud } from '../../support/fake-cloud'
import { fakeKeeper } from '../../support/fake-keeper'
import { fakePhotos } from '../../support/fake-photos'

const handlers = [{ kind: 'grid', id: 'g1', name: '新华社区第一网格' }]
/** user.whoami's answer for an office user signed in as `openid`. */
const officeAs = (openid: string) => ({
  openid,
  role: 'office',
  name: '陈主任',
  registered: true,
  address: null,
})
const count = (cloud: FakeCloud, action: string) =>
  cloud.calls.filter((c) => c.action === action).length

function root(cloud: FakeCloud) {
  return new RootStore({
    cloud,
    storage: memoryStorage(),
    keeper: fakeKeeper(),
    photos: fakePhotos(),
  })
}

test('reference data is fetched once and shared by every screen that shows it', async () => {
  const cloud = new FakeCloud().on('grid.handlers', () => ({ handlers }))
  const { reference } = root(cloud)
  const [a, b] = await Promise.all([reference.handlers.load(), reference.handlers.load()])
  await reference.handlers.load()
  expect(a).toEqual(handlers)
  expect(b).toBe(a)
  expect(count(cloud, 'grid.handlers')).toBe(1)
})

test('a failed load is kept as an error for 重试, and the next load asks again', async () => {
  let fail = true
  const cloud = new FakeCloud().on('grid.handlers', () => {
    if (fail) throw new AppError('NETWORK', '网络不给力')
    return { handlers }
  })
  const { reference } = root(cloud)
  expect(await reference.handlers.show()).toBeNull()
  expect(reference.handlers).toMatchObject({ status: 'error', error: '网络不给力', value: null })
  fail = false
  expect(await reference.handlers.show()).toEqual(handlers)
  expect(reference.handlers).toMatchObject({ status: 'ready', error: '' })
})

test('another identity starts without the previous one’s reference data', async () => {
  const cloud = new FakeCloud()
    .on('grid.handlers', () => ({ handlers }))
    .on('user.whoami', () => officeAs('o2'))
  const store = root(cloud)
  await store.reference.handlers.load()
  await store.session.load()
  expect(store.reference.handlers.value).toBeNull()
  await store.reference.handlers.load()
  expect(count(cloud, 'grid.handlers')).toBe(2)
})

test('an answer that comes after a newer request does not overwrite it', async () => {
  let n = 0
  const release: Array<() => void> = []
  const cloud = new FakeCloud().on('grid.handlers', async () => {
    const mine = ++n
    await new Promise<void>((r) => release.push(r))
    return { handlers: [{ kind: 'grid', id: `g${mine}`, name: `${mine}` }] }
  })
  const { reference } = root(cloud)
  const first = reference.handlers.refresh()
  const second = reference.handlers.refresh()
  release[1]()
  await second
  release[0]()
  await first
  expect(reference.handlers.value?.[0].id).toBe('g2')
})

test('a page opened while the session loads still gets its data after the identity is known', async () => {
  let release!: () => void
  const cloud = new FakeCloud()
    .on('grid.handlers', async () => {
      if (!release) await new Promise<void>((r) => (release = r))
      return { handlers }
    })
    .on('user.whoami', () => officeAs('o1'))
  const store = root(cloud)
  const shown = store.reference.handlers.show() // the page asks before whoami has answered
  await store.session.load() // the identity arrives: what was asked for it is asked again
  release()
  await shown
  await new Promise((r) => setTimeout(r, 0))
  expect(store.reference.handlers).toMatchObject({ status: 'ready', value: handlers })
  expect(count(cloud, 'grid.handlers')).toBe(2)
})

test('a page showing data that came before the identity gets it again, not 加载中 for good', async () => {
  const cloud = new FakeCloud()
    .on('grid.handlers', () => ({ handlers }))
    .on('user.whoami', () => officeAs('o1'))
  const store = root(cloud)
  // The page draws from the value (an observer, as mobx-react's), and its answer comes first.
  const drawn: unknown[] = []
  const stop = autorun(() => drawn.push(store.reference.handlers.value))
  await store.reference.handlers.show()
  await store.session.load() // the identity arrives after the answer
  await new Promise((r) => setTimeout(r, 0))
  expect(store.reference.handlers).toMatchObject({ status: 'ready', value: handlers })
  expect(count(cloud, 'grid.handlers')).toBe(2)
  expect(drawn.at(-1)).toEqual(handlers)
  stop()
})

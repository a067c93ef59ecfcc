import { AppError } from '@shared/errors'
import { memoryStorage } from '@/services/storage/memory'
import { OutboxStore } from '@/stores/OutboxStore'
import { FakeCloud } from '../../support/fake-cloud'
import { fakeKeeper } from '../../support/fake-keeper'

const draft = {
  id: 'req-1',
  action: 'user.whoami' as const, // any action name; the outbox is generic
  title: '照明 · 楼道灯坏了',
  payload: { requestId: 'req-1', description: '楼道灯坏了' },
  filesField: 'photos',
  files: [
    { file: '/tmp/a.jpg', cloudPath: 'reports/req-1/0.jpg' },
    {
      file: '/tmp/b.jpg',
      cloudPath: 'reports/req-1/1.jpg',
      fileID: 'cloud://env.b/reports/req-1/1.jpg',
    },
  ],
}

function setup(cloud = new FakeCloud()) {
  const storage = memoryStorage()
  const keeper = fakeKeeper()
  return { cloud, storage, keeper, outbox: new OutboxStore(cloud, storage, keeper) }
}

describe('OutboxStore', () => {
  it('keeps a draft, text and photos, across a restart', async () => {
    const { cloud, storage, keeper, outbox } = setup()
    await outbox.add(draft)
    const again = new OutboxStore(cloud, storage, keeper)
    expect(again.items).toHaveLength(1)
    expect(again.items[0].payload).toEqual(draft.payload)
    expect(again.items[0].files.map((f) => f.kept)).toEqual(['kept:/tmp/a.jpg', ''])
  })

  it('stays pending while the network is down, and loses nothing', async () => {
    const cloud = new FakeCloud()
    cloud.uploadFile = async () => {
      throw new AppError('NETWORK')
    }
    const { outbox } = setup(cloud)
    await outbox.add(draft)
    expect(await outbox.flush()).toBe(0)
    expect(outbox.items[0].status).toBe('pending')
  })

  it('uploads what is missing and sends once with the same request id', async () => {
    const cloud = new FakeCloud().on('user.whoami', (p) => p)
    const uploads: string[] = []
    cloud.uploadFile = async (_f, cloudPath) => {
      uploads.push(cloudPath)
      return `cloud://env.b/${cloudPath}`
    }
    const { outbox, keeper } = setup(cloud)
    await outbox.add(draft)
    expect(await outbox.flush()).toBe(1)
    expect(uploads).toEqual(['reports/req-1/0.jpg'])
    expect(cloud.calls).toEqual([
      {
        action: 'user.whoami',
        payload: {
          requestId: 'req-1',
          description: '楼道灯坏了',
          photos: ['cloud://env.b/reports/req-1/0.jpg', 'cloud://env.b/reports/req-1/1.jpg'],
        },
      },
    ])
    expect(outbox.items).toEqual([])
    expect(keeper.dropped).toEqual(['kept:/tmp/a.jpg'])
  })

  it('marks a refused draft failed with the server message and keeps it', async () => {
    const cloud = new FakeCloud().on('user.whoami', () => {
      throw new AppError('INVALID_INPUT', '问题描述不能超过500字')
    })
    const { outbox } = setup(cloud)
    await outbox.add({ ...draft, files: [] })
    await outbox.flush()
    expect(outbox.items[0]).toMatchObject({ status: 'failed', error: '问题描述不能超过500字' })
  })

  it('treats an item left "sending" by a killed app as pending', async () => {
    const { cloud, storage, keeper } = setup()
    storage.set('xb.outbox', [{ ...draft, files: [], status: 'sending', createdAt: 1 }])
    expect(new OutboxStore(cloud, storage, keeper).items[0].status).toBe('pending')
  })
})

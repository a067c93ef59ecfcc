import { AppError } from '@shared/errors'
import { PhotoUploads } from '@/stores/PhotoUploads'
import { FakeCloud } from '../../support/fake-cloud'

const compress = async (file: Blob | string) => ({
  file: `small-${String(file)}`,
  bytes: 1000,
  width: 1280,
  height: 960,
  previewUrl: `preview-${String(file)}`,
})

function setup(max = 9) {
  const cloud = new FakeCloud()
  const photos = new PhotoUploads(
    cloud,
    { compress, pick: async () => [] },
    (id) => `uploads/u1/20261123/${id}.jpg`,
    max,
  )
  return { cloud, photos }
}

test('each picked photo is compressed, then uploaded to its own path with progress', async () => {
  const { cloud, photos } = setup()
  const seen: number[] = []
  cloud.uploadFile = async (file, cloudPath, onProgress) => {
    expect(String(file)).toMatch(/^small-/)
    onProgress?.(0.5)
    seen.push(photos.slots.find((s) => s.cloudPath === cloudPath)!.progress)
    return `cloud://env.b/${cloudPath}`
  }
  await photos.add(['a.jpg', 'b.jpg'])
  expect(photos.slots.map((s) => s.status)).toEqual(['done', 'done'])
  expect(seen).toEqual([0.5, 0.5])
  expect(photos.fileIDs).toHaveLength(2)
  expect(new Set(photos.slots.map((s) => s.cloudPath)).size).toBe(2)
  expect(photos.busy).toBe(false)
})

test('never more than max photos', async () => {
  const { photos } = setup(3)
  await photos.add(['1', '2'])
  await photos.add(['3', '4', '5'])
  expect(photos.slots).toHaveLength(3)
  expect(photos.remaining).toBe(0)
})

test('a failed upload can be retried without touching the others, or removed', async () => {
  const { cloud, photos } = setup()
  let fail = true
  cloud.uploadFile = async (file, cloudPath) => {
    if (fail && String(file).includes('b')) throw new AppError('NETWORK')
    return `cloud://env.b/${cloudPath}`
  }
  await photos.add(['a', 'b'])
  expect(photos.slots.map((s) => s.status)).toEqual(['done', 'failed'])
  expect(photos.failedCount).toBe(1)
  const firstID = photos.fileIDs[0]
  fail = false
  await photos.retry(photos.slots[1].id)
  expect(photos.slots.map((s) => s.status)).toEqual(['done', 'done'])
  expect(photos.fileIDs[0]).toBe(firstID)
  photos.remove(photos.slots[0].id)
  expect(photos.slots).toHaveLength(1)
})

test('a photo that cannot be compressed is marked failed with a Chinese message', async () => {
  const cloud = new FakeCloud()
  const photos = new PhotoUploads(
    cloud,
    { compress: async () => Promise.reject(new Error('坏图')), pick: async () => [] },
    (id) => id,
  )
  await photos.add(['x'])
  expect(photos.slots[0]).toMatchObject({ status: 'failed', error: '图片处理失败：坏图' })
})

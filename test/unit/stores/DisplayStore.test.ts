import { memoryStorage } from '@/services/storage/memory'
import { DisplayStore } from '@/stores/DisplayStore'

test('长辈版 is remembered on the device: a new store (the next launch) starts in it', () => {
  const storage = memoryStorage()
  const first = new DisplayStore(storage)
  expect(first.elder).toBe(false)
  expect(first.rootClass).toBe('')
  first.setElder(true)
  const next = new DisplayStore(storage)
  expect(next.elder).toBe(true)
  expect(next.rootClass).toBe('elder')
  next.setElder(false)
  expect(new DisplayStore(storage).elder).toBe(false)
})

test('the offer shows once, only when WeChat reports a large font, and either answer ends it', () => {
  expect(new DisplayStore(memoryStorage(), 1).shouldOffer).toBe(false)
  const storage = memoryStorage()
  const large = new DisplayStore(storage, 1.3)
  expect(large.shouldOffer).toBe(true)
  large.declineOffer()
  expect(large.shouldOffer).toBe(false)
  expect(new DisplayStore(storage, 1.3).shouldOffer).toBe(false)
  const accepted = new DisplayStore(memoryStorage(), 1.4)
  accepted.setElder(true)
  expect(accepted.shouldOffer).toBe(false)
})

test('standard mode follows WeChat’s font in steps, up to 1.5×', () => {
  expect(new DisplayStore(memoryStorage(), 1.1).rootClass).toBe('font-115')
  expect(new DisplayStore(memoryStorage(), 1.3).rootClass).toBe('font-130')
  expect(new DisplayStore(memoryStorage(), 2).rootClass).toBe('font-150')
})

test('a damaged stored value is read as standard mode, not an error', () => {
  const storage = memoryStorage()
  storage.set('xb.display', 'garbage')
  expect(new DisplayStore(storage).elder).toBe(false)
})

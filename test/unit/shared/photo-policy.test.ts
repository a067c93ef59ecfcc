import { encodeToFit, fitWithin, PHOTO_MAX_BYTES } from '@shared/photo-policy'

describe('fitWithin', () => {
  it.each([
    [4000, 3000, 1280, 960],
    [3000, 4000, 960, 1280],
    [1280, 720, 1280, 720],
    [800, 600, 800, 600],
    [10000, 100, 1280, 13],
  ])('%i×%i → %i×%i', (w, h, ew, eh) => {
    expect(fitWithin(w, h)).toEqual({ width: ew, height: eh })
  })

  it('refuses an image with no size', () => {
    expect(() => fitWithin(0, 10)).toThrow()
  })
})

describe('encodeToFit', () => {
  // A fake encoder whose output shrinks with quality and area, like JPEG does.
  const fake = (bytesPerPixelAtFull: number) => async (w: number, h: number, q: number) => ({
    size: Math.round(w * h * bytesPerPixelAtFull * q),
  })

  it('keeps the first quality that fits', async () => {
    const r = await encodeToFit(4000, 3000, fake(0.2))
    expect(r.width).toBe(1280)
    expect(r.out.size).toBeLessThanOrEqual(PHOTO_MAX_BYTES)
    expect(r.quality).toBe(0.82)
  })

  it('lowers quality, then size, for a photo that does not fit', async () => {
    const r = await encodeToFit(4000, 3000, fake(2))
    expect(r.out.size).toBeLessThanOrEqual(PHOTO_MAX_BYTES)
    expect(r.width).toBeLessThan(1280)
  })

  it('gives up with a clear message when nothing fits', async () => {
    await expect(encodeToFit(4000, 3000, async () => ({ size: 10 ** 9 }))).rejects.toThrow(
      '照片压缩失败',
    )
  })
})

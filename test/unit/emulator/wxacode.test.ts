import zlib from 'node:zlib'
import jsQR from 'jsqr'
import { getUnlimited } from '../../../emulator/src/wxacode'

/** The emulator's PNG (8-bit greyscale, no filters) back to RGBA pixels for jsQR. */
function pixels(png: Buffer): { data: Uint8ClampedArray; size: number } {
  const size = png.readUInt32BE(16)
  let idat = Buffer.alloc(0)
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at)
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT')
      idat = Buffer.concat([idat, png.subarray(at + 8, at + 8 + len)])
    at += 12 + len
  }
  const raw = zlib.inflateSync(idat)
  const data = new Uint8ClampedArray(size * size * 4)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const v = raw[y * (size + 1) + 1 + x]
      data.set([v, v, v, 255], (y * size + x) * 4)
    }
  return { data, size }
}

test('answers an image whose code opens the page with the scene, as WeChat would', () => {
  const r = getUnlimited({
    scene: '0123456789abcdef01234567',
    page: 'pages/office/desk-login/index',
  })
  if (!('image' in r)) throw new Error(JSON.stringify(r))
  expect(r.contentType).toBe('image/png')
  const { data, size } = pixels(r.image)
  expect(size).toBeGreaterThanOrEqual(280)
  expect(jsQR(data, size, size)?.data).toBe(
    'pages/office/desk-login/index?scene=0123456789abcdef01234567',
  )
})

test("refuses with WeChat's errcodes: a bad scene, a page the app does not have", () => {
  expect(getUnlimited({ scene: '', page: 'pages/home/index' })).toMatchObject({ errcode: 40169 })
  expect(getUnlimited({ scene: 'x'.repeat(33) })).toMatchObject({ errcode: 40169 })
  expect(getUnlimited({ scene: '登录' })).toMatchObject({ errcode: 40169 })
  expect(getUnlimited({ scene: 'abc', page: 'pages/nope/index' })).toMatchObject({ errcode: 41030 })
  expect(getUnlimited({ scene: 'abc', page: '/pages/home/index' })).toMatchObject({
    errcode: 41030,
  })
  // check_path false: an unpublished page is allowed (WeChat's rule).
  expect(
    getUnlimited({ scene: 'abc', page: 'pages/nope/index', check_path: false }),
  ).toHaveProperty('image')
})

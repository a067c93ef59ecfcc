import { isOwnUpload, pathOfFileID, uploadPath } from '@shared/uploads'
import { newId } from '@shared/ids'

test('uploads live under the uploader’s own folder, by day', () => {
  expect(uploadPath('oABC', 'p1', new Date(2026, 10, 3))).toBe('uploads/oABC/20261103/p1.jpg')
})

test.each([
  ['cloud://env-1.6465-env-1/uploads/oA/20261123/p.jpg', 'oA', true],
  ['cloud://env-1.6465-env-1/uploads/oB/20261123/p.jpg', 'oA', false],
  ['cloud://env-1.b/uploads/oAB/20261123/p.jpg', 'oA', false],
  ['cloud://env-1.b/uploads/oA/../oB/p.jpg', 'oA', false],
  ['https://example.com/uploads/oA/p.jpg', 'oA', false],
  [42, 'oA', false],
  ['cloud://env-1.b/uploads//x.jpg', '', false],
])('isOwnUpload(%p, %p) = %p', (fileID, openid, expected) => {
  expect(isOwnUpload(fileID, openid)).toBe(expected)
})

test('pathOfFileID takes the path after the bucket', () => {
  expect(pathOfFileID('cloud://e.b/a/b.jpg')).toBe('a/b.jpg')
  expect(pathOfFileID('nope')).toBeNull()
})

test('newId: unique, URL-safe, 20 chars plus prefix', () => {
  const ids = new Set(Array.from({ length: 1000 }, () => newId('r')))
  expect(ids.size).toBe(1000)
  for (const id of ids) expect(id).toMatch(/^r[0-9a-z]{20}$/)
})

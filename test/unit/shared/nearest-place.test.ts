import { sniffType } from '@shared/file-types'
import { placeWords } from '@shared/nearest-place'
import { silentMp3 } from '../../support/audio'

const known = [
  { name: '新华小区1号楼', at: [106.803333, 39.674] as [number, number] },
  { name: '新华小区2号楼', at: [106.806667, 39.674] as [number, number] },
]

test('a point is named by the nearest building: at it, 附近, or nothing when none is near', () => {
  expect(placeWords([106.80335, 39.67401], known)).toBe('新华小区1号楼')
  expect(placeWords([106.8036, 39.6745], known)).toBe('新华小区1号楼附近')
  expect(placeWords([106.8063, 39.6748], known)).toBe('新华小区2号楼附近')
  expect(placeWords([106.83, 39.69], known)).toBeNull()
  expect(placeWords([106.8036, 39.6745], [])).toBeNull()
})

test('audio is told by its bytes: recorders’ formats pass, a photo does not pass as audio', () => {
  const b = (...x: number[]) => Uint8Array.from(x)
  const ascii = (s: string, at = 0) => Uint8Array.from([...Array(at).fill(0), ...Buffer.from(s)])
  expect(sniffType(silentMp3(1))).toBe('mp3') // ID3
  expect(sniffType(b(0xff, 0xfb, 0x90, 0x64))).toBe('mp3') // a bare MPEG frame
  expect(sniffType(b(0xff, 0xf1, 0x50, 0x80))).toBe('aac') // ADTS
  expect(sniffType(ascii('ftypM4A ', 4))).toBe('m4a')
  expect(sniffType(b(0x1a, 0x45, 0xdf, 0xa3, 1))).toBe('webm')
  expect(sniffType(ascii('OggS'))).toBe('ogg')
  expect(sniffType(b(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg')
  expect(sniffType(ascii('<html>'))).toBeNull()
})

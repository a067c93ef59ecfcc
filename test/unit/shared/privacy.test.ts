import { PRIVACY, reveal, sees, visibility, type Relation } from '@shared/privacy'

test('the most open relation wins', () => {
  expect(visibility('workerContact', ['follower'])).toBe('hidden')
  expect(visibility('workerContact', ['follower', 'gridResident'])).toBe('full')
  expect(visibility('idNumber', ['owner'])).toBe('masked')
  expect(visibility('idNumber', ['owner', 'office'])).toBe('full')
  expect(visibility('residentName', [])).toBe('hidden')
})

test('reveal gives the value whole, masked with the shared masks, or empty', () => {
  expect(reveal('residentName', ['handler'], '王秀兰')).toBe('王秀兰')
  expect(reveal('residentName', ['verifier'], '王秀兰')).toBe('王**')
  expect(reveal('residentName', ['follower'], '王秀兰')).toBe('')
  expect(reveal('idNumber', ['verifier'], '150302196205141234')).toBe('150***********1234')
  expect(reveal('residentPhone', ['neighbour'], '13804731234')).toBe('')
  expect(sees('roomAddress', ['owner'])).toBe(true)
  expect(sees('roomAddress', ['follower', 'gridResident', 'neighbour'])).toBe(false)
})

test('invariants of the table: retired staff see nothing; only the office sees ID numbers whole', () => {
  for (const [field, row] of Object.entries(PRIVACY)) {
    expect([field, row.retired]).toEqual([field, 'hidden'])
    expect([field, row.office]).toEqual([field, 'full'])
    for (const r of ['follower', 'neighbour'] as Relation[])
      expect([field, r, row[r]]).toEqual([field, r, 'hidden'])
  }
  const whole = (Object.keys(PRIVACY.idNumber) as Relation[]).filter(
    (r) => PRIVACY.idNumber[r] === 'full',
  )
  expect(whole).toEqual(['office'])
})

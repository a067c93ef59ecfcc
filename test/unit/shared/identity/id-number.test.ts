import { checkIdNumber, idCheckChar, isProvinceCode } from '@shared/identity'

const NOW = new Date('2026-03-15T04:00:00Z') // 12:00 in Beijing

/** An independent MOD 11-2 implementation: Σ d_i·2^(17-i) mod 11, then (12 − r) mod 11. */
function reference(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11)
  const v = (12 - (sum % 11)) % 11
  return v === 10 ? 'X' : String(v)
}
const make = (first17: string) => first17 + reference(first17)

test('the reference agrees with a published example number', () => {
  // GB 11643-1999's own example.
  expect(reference('11010519491231002')).toBe('X')
  expect(idCheckChar('11010519491231002')).toBe('X')
})

test.each(['11010519491231002', '15030219900307123', '44030420000229001', '81000019000101000'])(
  'valid: %s + its check char',
  (first17) => {
    const id = make(first17)
    const r = checkIdNumber(id, NOW)
    expect(r).toMatchObject({ ok: true, normalized: id })
  },
)

test('birth date and gender come out of a valid number', () => {
  expect(checkIdNumber(make('15030219900307123'), NOW)).toEqual({
    ok: true,
    normalized: make('15030219900307123'),
    birthDate: '1990-03-07',
    gender: 'male',
  })
  expect(checkIdNumber(make('15030219900307124'), NOW)).toMatchObject({ gender: 'female' })
})

test('lower-case x and spaces are accepted and normalised', () => {
  const r = checkIdNumber(' 110105 19491231 002x ', NOW)
  expect(r).toMatchObject({ ok: true, normalized: '11010519491231002X' })
})

test('a wrong check character is refused as such', () => {
  const good = make('15030219900307123')
  const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0')
  const r = checkIdNumber(bad, NOW)
  expect(r).toMatchObject({ ok: false, problem: 'checkDigit' })
  if (!r.ok) expect(r.reason).toContain('校验位')
  expect(checkIdNumber('11010519491231002Y', NOW)).toMatchObject({ problem: 'format' })
  expect(checkIdNumber('1101051949123100XX', NOW)).toMatchObject({ problem: 'format' })
})

test.each([
  ['Feb 30', '15030219900230123'],
  ['2023-02-29 (not a leap year)', '15030220230229123'],
  ['1900-02-29 (century, not a leap year)', '15030219000229123'],
  ['month 13', '15030219901301123'],
  ['day 00', '15030219900100123'],
  ['before 1900', '15030218991231123'],
  ['tomorrow in Beijing', '15030220260316123'],
  ['next year', '15030220270101123'],
])('a bad birth date is refused: %s', (_name, first17) => {
  const r = checkIdNumber(make(first17), NOW)
  expect(r).toMatchObject({ ok: false, problem: 'birthDate' })
  if (!r.ok) expect(r.reason).toContain('出生日期')
})

test('leap days and today are fine', () => {
  expect(checkIdNumber(make('15030220240229123'), NOW).ok).toBe(true)
  expect(checkIdNumber(make('15030220000229123'), NOW).ok).toBe(true)
  expect(checkIdNumber(make('15030220260315123'), NOW).ok).toBe(true)
  // 2026-03-15T17:00Z is already the 16th in Beijing.
  expect(checkIdNumber(make('15030220260316123'), new Date('2026-03-15T17:00:00Z')).ok).toBe(true)
})

test.each(['', '1101051949123100', '11010519491231002X1', '110105194912310'])(
  'wrong length is refused: %j',
  (s) => {
    const r = checkIdNumber(s, NOW)
    expect(r).toMatchObject({ ok: false, problem: 'length' })
    if (!r.ok) expect(r.reason).toContain('长度')
  },
)

test('not a string is refused, not crashed on', () => {
  expect(checkIdNumber(null, NOW).ok).toBe(false)
  expect(checkIdNumber(110105194912310020, NOW).ok).toBe(false)
})

test.each([
  '00',
  '10',
  '16',
  '20',
  '24',
  '30',
  '38',
  '47',
  '55',
  '60',
  '66',
  '70',
  '72',
  '80',
  '83',
  '99',
])('region %s is refused', (p) => {
  const r = checkIdNumber(make(p + '010519900307123'), NOW)
  expect(r).toMatchObject({ ok: false, problem: 'region' })
  if (!r.ok) expect(r.reason).toContain('地区码')
})

test('province codes', () => {
  for (const p of [
    '11',
    '15',
    '21',
    '23',
    '31',
    '37',
    '41',
    '46',
    '50',
    '54',
    '61',
    '65',
    '71',
    '81',
    '82',
  ])
    expect(isProvinceCode(p)).toBe(true)
  expect(isProvinceCode('1')).toBe(false)
  expect(isProvinceCode('ab')).toBe(false)
})

test('idCheckChar insists on 17 digits', () => {
  expect(() => idCheckChar('123')).toThrow()
})

import { isMobilePhone, maskIdNumber, maskName, maskPhone, normalizePhone } from '@shared/identity'

test('ID numbers keep the first 3 and last 4', () => {
  expect(maskIdNumber('11010519491231002X')).toBe('110***********002X')
  expect(maskIdNumber('11010519491231002x')).toBe('110***********002X')
  expect(maskIdNumber('1234567')).toBe('*******')
})

test('phones: 138****1234', () => {
  expect(maskPhone('13812341234')).toBe('138****1234')
  expect(maskPhone('138 1234 1234')).toBe('138****1234')
  expect(maskPhone('123')).toBe('***')
})

test.each([
  ['张三', '张*'],
  ['王秀兰', '王**'],
  ['欧阳小北', '欧阳**'],
  ['欧阳', '欧*'],
  ['司马光', '司马*'],
  ['阿依·买买提', '阿*·***'],
  ['李', '李'],
  [' 陈主任 ', '陈**'],
])('name %s → %s', (name, want) => {
  expect(maskName(name)).toBe(want)
})

test.each([
  ['13812341234', true],
  ['19900001111', true],
  ['+86 138-1234-1234', true],
  ['12812341234', false],
  ['1381234123', false],
  ['138123412345', false],
  ['0473-2012345', false],
  [13812341234, false],
])('mobile %j → %s', (s, want) => {
  expect(isMobilePhone(s)).toBe(want)
})

test('normalizePhone drops separators and the country code only', () => {
  expect(normalizePhone('+86 138 1234 1234')).toBe('13812341234')
  expect(normalizePhone('8613812341234')).toBe('13812341234')
  expect(normalizePhone('0473-2012345')).toBe('04732012345')
})

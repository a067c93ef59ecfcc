import {
  checkPersonName,
  isMobilePhone,
  maskIdNumber,
  maskName,
  maskPhone,
  normalizePhone,
} from '@shared/identity'

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

test.each([
  ['张三', '张三'],
  [' 王秀兰 ', '王秀兰'],
  ['阿依古丽•买买提', '阿依古丽·买买提'],
  ['欧阳小北', '欧阳小北'],
])('name %j is fine', (s, want) => {
  expect(checkPersonName(s)).toEqual({ ok: true, normalized: want })
})

test.each([
  ['', '请填写姓名'],
  [null, '请填写姓名'],
  ['张', '姓名应为 2–20 个字'],
  ['张'.repeat(21), '姓名应为 2–20 个字'],
  ['Zhang San', '姓名只能包含汉字和“·”'],
  ['张3', '姓名只能包含汉字和“·”'],
  ['·张三', '姓名只能包含汉字和“·”'],
  ['张··三', '姓名只能包含汉字和“·”'],
])('name %j is refused: %s', (s, reason) => {
  expect(checkPersonName(s)).toEqual({ ok: false, reason })
})

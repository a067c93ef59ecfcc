import { DEFAULT_TEXTS, fillText, textError, validateWording } from '@shared/certificates'

const values = { 姓名: '郭红', 身份证号: '150***********1237', 住址: '凤苑社区', 用途: '子女入学' }

test('a text is filled blank by blank, every occurrence', () => {
  expect(fillText('{姓名}，{姓名}（{身份证号}）住{住址}，用于{用途}', values)).toBe(
    '郭红，郭红（150***********1237）住凤苑社区，用于子女入学',
  )
  for (const t of Object.values(DEFAULT_TEXTS)) expect(fillText(t, values)).not.toMatch(/[{}]/)
})

test.each([
  ['empty', '', '请填写居住证明的证明文字'],
  [
    'unknown blank',
    '兹证明 {姓名}{身份证号}{ 用途}',
    '居住证明的证明文字中“{ 用途}”不是可用的填空',
  ],
  ['stray brace', '兹证明 {姓名}{身份证号} }', '不成对的花括号'],
  ['no name', '兹证明 {身份证号}', '须包含 {姓名}'],
  ['too long', '兹证明 {姓名}' + '字'.repeat(400) + '{身份证号}', '不能超过 400 字'],
])('%s is refused', (_label, text, message) => {
  expect(textError(text, 'residence')).toContain(message)
})

test('a wording is trimmed, and names the field of its first problem', () => {
  expect(validateWording({ issuer: ' 凤凰岭街道办事处 ', texts: DEFAULT_TEXTS })).toEqual({
    issuer: '凤凰岭街道办事处',
    texts: DEFAULT_TEXTS,
  })
  expect(() => validateWording({ issuer: '凤', texts: DEFAULT_TEXTS })).toThrow(/出具单位应为/)
  expect(() =>
    validateWording({ issuer: '凤凰岭街道办事处', texts: { ...DEFAULT_TEXTS, marriage: 'x' } }),
  ).toThrow(/没有这种证明：marriage/)
})

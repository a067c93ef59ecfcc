import { id, isId, oneOf, page, PAGE_MAX } from '@shared/checks'

test('ids: short and URL-safe, or INVALID_INPUT with the given message', () => {
  expect(isId('r-abc_123')).toBe(true)
  for (const bad of ['', '../x', 'a b', 'x'.repeat(65), 7, null, { $ne: null }])
    expect(isId(bad)).toBe(false)
  expect(id('g-1', '网格编号有误')).toBe('g-1')
  expect(() => id({ $ne: null }, '网格编号有误')).toThrow(
    expect.objectContaining({ code: 'INVALID_INPUT', message: '网格编号有误' }),
  )
})

test('pages: whole numbers 1..PAGE_MAX, 1 when absent', () => {
  expect(page(undefined)).toBe(1)
  expect(page(PAGE_MAX)).toBe(PAGE_MAX)
  for (const bad of [0, -1, 1.5, PAGE_MAX + 1, 1e308, Infinity, NaN, '2'])
    expect(() => page(bad)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('页码') }),
    )
})

test('one of a list: the fallback when absent, else INVALID_INPUT with the message', () => {
  const tabs = ['pending', 'done'] as const
  expect(oneOf(undefined, tabs, 'pending', '没有这个分类')).toBe('pending')
  expect(oneOf('done', tabs, 'pending', '没有这个分类')).toBe('done')
  for (const bad of ['constructor', { $ne: null }, 3])
    expect(() => oneOf(bad, tabs, 'pending', '没有这个分类')).toThrow('没有这个分类')
})

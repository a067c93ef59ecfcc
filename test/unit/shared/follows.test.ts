import fc from 'fast-check'
import { AppError } from '@shared/errors'
import { FOLLOW_STREETS_MAX, validateFollow, validateUnfollow } from '@shared/follows'
import { isCategoryKey } from '@shared/reports'
import { hostile } from '../../support/fuzz-values'

/** `stats.follow`'s validator: a catalogue category and distinct street ids, or INVALID_INPUT. */
test('any payload is a clean follow or INVALID_INPUT with a Chinese message', () => {
  fc.assert(
    fc.property(
      fc.record({ category: fc.oneof(fc.constantFrom('safety', 'noise'), hostile) }),
      fc.oneof(hostile, fc.array(fc.oneof(fc.constantFrom('haibei', 'fenghuang'), hostile))),
      (base, streetIds) => {
        try {
          const f = validateFollow({ ...base, streetIds })
          expect(isCategoryKey(f.category)).toBe(true)
          expect(f.streetIds).toEqual([...new Set(f.streetIds)].sort())
          expect(f.streetIds.every((id) => /^[A-Za-z0-9_-]{1,64}$/.test(id))).toBe(true)
        } catch (err) {
          expect(err).toBeInstanceOf(AppError)
          expect((err as AppError).code).toBe('INVALID_INPUT')
          expect((err as AppError).message).toMatch(/[\u4e00-\u9fa5]/)
        }
      },
    ),
  )
})

test('streets are optional, sorted, bounded; the category must be one residents pick from', () => {
  expect(validateFollow({ category: 'safety' })).toEqual({ category: 'safety', streetIds: [] })
  expect(validateFollow({ category: 'safety', streetIds: ['haibei', 'fenghuang'] })).toEqual({
    category: 'safety',
    streetIds: ['fenghuang', 'haibei'],
  })
  const many = Array.from({ length: FOLLOW_STREETS_MAX + 1 }, (_, i) => `s${i}`)
  expect(() => validateFollow({ category: 'safety', streetIds: many })).toThrow(
    '请从列表中选择要关注的街道',
  )
  expect(() => validateUnfollow({ category: '安全隐患' })).toThrow('没有这个问题类型')
  expect(() => validateUnfollow(null)).toThrow('没有这个问题类型')
})

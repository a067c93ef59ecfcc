import {
  deadlinesFor,
  DEFAULT_LIMITS,
  elapsedFraction,
  overdue,
  remainingText,
  reminderDue,
} from '@shared/reports'

const T0 = Date.UTC(2026, 10, 23, 0, 0, 0)
const MIN = 60_000

test.each([
  ['lighting', 'urgent', 30, 4 * 60],
  ['lighting', 'normal', 120, 24 * 60],
  ['drain', 'normal', 120, 72 * 60],
  ['drain', 'urgent', 30, 4 * 60],
  ['noise', 'normal', 120, 24 * 60],
] as const)('%s %s: accept in %i min, resolve in %i min', (key, urgency, accept, resolve) => {
  expect(deadlinesFor(key, urgency, T0)).toEqual({
    acceptBy: T0 + accept * MIN,
    resolveBy: T0 + resolve * MIN,
  })
})

test('the street office’s override for one category wins', () => {
  const table = {
    ...DEFAULT_LIMITS,
    byCategory: { elevator: { urgent: { acceptMin: 15, resolveMin: 120 } } },
  }
  expect(deadlinesFor('elevator', 'urgent', T0, table)).toEqual({
    acceptBy: T0 + 15 * MIN,
    resolveBy: T0 + 120 * MIN,
  })
  expect(deadlinesFor('elevator', 'normal', T0, table).acceptBy).toBe(T0 + 120 * MIN)
})

test('reminder at 80%, overdue at 100%, on a fake clock', () => {
  const end = T0 + 100 * MIN
  expect(elapsedFraction(T0, end, T0 + 50 * MIN)).toBe(0.5)
  expect(reminderDue(T0, end, T0 + 79 * MIN)).toBe(false)
  expect(reminderDue(T0, end, T0 + 80 * MIN)).toBe(true)
  expect(reminderDue(T0, end, T0 + 100 * MIN)).toBe(false)
  expect(overdue(end, end - 1)).toBe(false)
  expect(overdue(end, end)).toBe(true)
})

test('countdown text', () => {
  expect(remainingText(T0 + 80 * MIN, T0)).toBe('还剩 1小时20分')
  expect(remainingText(T0, T0 + 35 * MIN)).toBe('已超时 35分')
  expect(remainingText(T0 + 3 * 1440 * MIN + 2 * 60 * MIN, T0)).toBe('还剩 3天2小时')
})

test('an unknown category has no limits', () => {
  expect(() => deadlinesFor('ufo', 'normal', T0)).toThrow()
})

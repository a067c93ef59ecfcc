import {
  autoCloseDue,
  clockOf,
  deadlinesFor,
  DEFAULT_LIMITS,
  elapsedFraction,
  limitFor,
  overdue,
  remainingText,
  reminderDue,
} from '@shared/reports'

// 2026-11-23 00:00 UTC = 1795392000000: fixed numbers, no clock.
const T0 = 1_795_392_000_000
const MIN = 60_000

test('T0 is the instant it claims to be', () => {
  expect(T0).toBe(Date.UTC(2026, 10, 23))
})

test.each([
  ['lighting', 'urgent', 1_795_393_800_000, 1_795_406_400_000],
  ['lighting', 'normal', 1_795_399_200_000, 1_795_478_400_000],
  ['drain', 'normal', 1_795_399_200_000, 1_795_651_200_000],
  ['drain', 'urgent', 1_795_393_800_000, 1_795_406_400_000],
  ['facility', 'normal', 1_795_399_200_000, 1_795_651_200_000],
  ['noise', 'normal', 1_795_399_200_000, 1_795_478_400_000],
  ['other', 'urgent', 1_795_393_800_000, 1_795_406_400_000],
] as const)('%s %s: accept by %i, resolve by %i', (key, urgency, acceptBy, resolveBy) => {
  expect(deadlinesFor(key, urgency, T0)).toEqual({ acceptBy, resolveBy })
})

test('the street office’s override: one category, one urgency, one part', () => {
  const table = {
    ...DEFAULT_LIMITS,
    byCategory: { elevator: { urgent: { acceptMin: 15 } }, noise: { normal: { resolveMin: 60 } } },
  }
  expect(deadlinesFor('elevator', 'urgent', T0, table)).toEqual({
    acceptBy: T0 + 15 * MIN,
    resolveBy: T0 + 240 * MIN,
  })
  expect(deadlinesFor('elevator', 'normal', T0, table).acceptBy).toBe(T0 + 120 * MIN)
  expect(limitFor('noise', 'normal', table)).toEqual({ acceptMin: 120, resolveMin: 60 })
  const slower = {
    ...DEFAULT_LIMITS,
    complex: { ...DEFAULT_LIMITS.complex, normal: { acceptMin: 60, resolveMin: 7 * 1440 } },
  }
  expect(deadlinesFor('drain', 'normal', T0, slower).resolveBy).toBe(T0 + 7 * 1440 * MIN)
  expect(deadlinesFor('lighting', 'normal', T0, slower).resolveBy).toBe(T0 + 1440 * MIN)
})

test('an unknown category has no limits', () => {
  expect(() => deadlinesFor('ufo', 'normal', T0)).toThrow()
})

test('progress: reminder from 80%, overdue from 100%', () => {
  const end = T0 + 100 * MIN
  expect(elapsedFraction(T0, end, T0 + 50 * MIN)).toBe(0.5)
  expect(elapsedFraction(T0, end, T0 - MIN)).toBe(0)
  expect(elapsedFraction(T0, end, T0 + 150 * MIN)).toBe(1.5)
  expect(elapsedFraction(T0, T0, T0 - 1)).toBe(0)
  expect(elapsedFraction(T0, T0, T0)).toBe(1)
  expect(reminderDue(T0, end, T0 + 80 * MIN - 1)).toBe(false)
  expect(reminderDue(T0, end, T0 + 80 * MIN)).toBe(true)
  expect(reminderDue(T0, end, end - 1)).toBe(true)
  expect(reminderDue(T0, end, end)).toBe(false)
  expect(overdue(end, end - 1)).toBe(false)
  expect(overdue(end, end)).toBe(true)
})

test('which clock runs in which state', () => {
  const d = { acceptBy: T0 + 100 * MIN, resolveBy: T0 + 1000 * MIN }
  expect(clockOf('submitted', T0, d, T0 + 90 * MIN)).toEqual({
    kind: 'accept',
    deadline: d.acceptBy,
    fraction: 0.9,
    reminderDue: true,
    overdue: false,
  })
  expect(clockOf('transferred', T0, d, T0 + 100 * MIN)).toMatchObject({
    kind: 'accept',
    overdue: true,
  })
  expect(clockOf('accepted', T0, d, T0 + 100 * MIN)).toMatchObject({
    kind: 'resolve',
    fraction: 0.1,
    reminderDue: false,
    overdue: false,
  })
  expect(clockOf('reopened', T0, d, T0 + 1000 * MIN)).toMatchObject({
    kind: 'resolve',
    overdue: true,
  })
  for (const s of [
    'returned',
    'escalated',
    'assigned',
    'resolved',
    'closed',
    'rejected',
    'duplicate',
  ] as const)
    expect(clockOf(s, T0, d, T0)).toBeNull()
})

test('auto-close after 3 days of silence', () => {
  expect(autoCloseDue(T0, T0 + 3 * 1440 * MIN - 1)).toBe(false)
  expect(autoCloseDue(T0, T0 + 3 * 1440 * MIN)).toBe(true)
  expect(autoCloseDue(T0, T0 + 1440 * MIN, 1)).toBe(true)
})

test('countdown text', () => {
  expect(remainingText(T0 + 80 * MIN, T0)).toBe('还剩 1小时20分')
  expect(remainingText(T0, T0 + 35 * MIN)).toBe('已超时 35分')
  expect(remainingText(T0 + 3 * 1440 * MIN + 2 * 60 * MIN, T0)).toBe('还剩 3天2小时')
  expect(remainingText(T0, T0)).toBe('还剩 0分')
})

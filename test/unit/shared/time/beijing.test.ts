import {
  addDays,
  addDaysToDay,
  addHours,
  addMonthsToDay,
  beijingDay,
  beijingFields,
  dayEnd,
  dayStart,
  FORMATS,
  formatBeijing,
  formatDay,
  parseDay,
} from '@shared/time'
import { wxTime } from '@shared/subscribe'
import { uploadPath } from '@shared/uploads'

// 23:30 and 00:30 in Beijing: the hour either side of the Beijing midnight that UTC slicing got wrong.
const LATE = '2026-11-23T15:30:00.000Z'
const EARLY = '2026-11-23T16:30:00.000Z'

test('23:30 Beijing is still the 23rd; 00:30 Beijing is already the 24th', () => {
  expect(formatBeijing(LATE)).toBe('2026-11-23 23:30')
  expect(formatBeijing(EARLY)).toBe('2026-11-24 00:30')
  expect(beijingDay(LATE)).toBe('2026-11-23')
  expect(beijingDay(new Date(EARLY))).toBe('2026-11-24')
  expect(beijingDay(Date.parse(EARLY))).toBe('2026-11-24')
})

test('each display format, in Beijing time', () => {
  expect(formatBeijing(EARLY, FORMATS.monthDayTime)).toBe('11-24 00:30')
  expect(formatBeijing(EARLY, FORMATS.cnDate)).toBe('2026年11月24日')
  expect(formatBeijing(EARLY, FORMATS.cnDateTime)).toBe('2026年11月24日 00:30')
  expect(formatBeijing(EARLY, FORMATS.compact)).toBe('20261124')
  expect(formatBeijing(LATE, 'M月D日 HH:mm')).toBe('11月23日 23:30')
  expect(wxTime(new Date(EARLY))).toBe('2026年11月24日 00:30')
  expect(uploadPath('oA', 'p', new Date(EARLY))).toBe('uploads/oA/20261124/p.jpg')
  expect(formatBeijing('not a date')).toBe('')
})

test('a Beijing day runs from 16:00Z the day before to 15:59:59.999Z', () => {
  expect(dayStart('2026-11-24').toISOString()).toBe('2026-11-23T16:00:00.000Z')
  expect(dayEnd('2026-11-24').toISOString()).toBe('2026-11-24T15:59:59.999Z')
  // The search filter from=to=2026-11-24 keeps 00:30 and drops 23:30 the evening before.
  const inDay = (iso: string) =>
    Date.parse(iso) >= dayStart('2026-11-24').getTime() &&
    Date.parse(iso) <= dayEnd('2026-11-24').getTime()
  expect(inDay(EARLY)).toBe(true)
  expect(inDay(LATE)).toBe(false)
  expect(inDay('2026-11-24T15:30:00.000Z')).toBe(true)
})

test('days are parsed strictly: YYYY-MM-DD and a real date, nothing else', () => {
  expect(parseDay('2028-02-29')).toBe('2028-02-29')
  for (const bad of [
    '2026-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-2-3',
    '2026-02-03T00:00',
    ' 2026-02-03',
    20260203,
    null,
  ])
    expect(parseDay(bad)).toBeNull()
  expect(() => dayStart('2026-02-30')).toThrow()
  expect(formatDay('2027-02-22')).toBe('2027年2月22日')
  expect(formatDay('2027-02-30')).toBe('')
})

test('adding days, months and hours', () => {
  expect(addDays(LATE, 7).toISOString()).toBe('2026-11-30T15:30:00.000Z')
  expect(addHours(LATE, 1).toISOString()).toBe(EARLY)
  expect(addDaysToDay('2026-12-31', 1)).toBe('2027-01-01')
  expect(addDaysToDay('2026-03-01', -1)).toBe('2026-02-28')
  expect(addMonthsToDay('2026-11-30', 3)).toBe('2027-02-28')
  expect(addMonthsToDay('2026-11-23', 3)).toBe('2027-02-23')
})

test('wall-clock fields for Beijing timer schedules', () => {
  expect(beijingFields(EARLY)).toEqual({
    year: 2026,
    month: 11,
    date: 24,
    hour: 0,
    minute: 30,
    second: 0,
    weekday: 2,
  })
})

test('the device’s own time zone and its DST change nothing', () => {
  const saved = process.env.TZ
  try {
    for (const tz of ['America/New_York', 'Asia/Tokyo', 'UTC']) {
      process.env.TZ = tz
      // 1 Nov 2026 is the day New York leaves DST.
      expect(dayEnd('2026-11-01').toISOString()).toBe('2026-11-01T15:59:59.999Z')
      expect(dayStart('2026-11-02').toISOString()).toBe('2026-11-01T16:00:00.000Z')
      expect(formatBeijing(EARLY)).toBe('2026-11-24 00:30')
      expect(addDays('2026-10-31T16:30:00.000Z', 1).toISOString()).toBe('2026-11-01T16:30:00.000Z')
    }
  } finally {
    process.env.TZ = saved
  }
})

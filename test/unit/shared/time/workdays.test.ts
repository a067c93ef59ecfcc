import { CERTIFICATE_TYPES, validUntil } from '@shared/certificates'
import {
  addWorkingDays,
  DEFAULT_CALENDAR,
  dayListText,
  isWorkingDay,
  parseDayList,
  validateCalendar,
  type WorkCalendar,
} from '@shared/time'
import { AppError } from '@shared/errors'

const at = (iso: string) => new Date(iso)
/** 23:59:59.999 Beijing time of a day (parsed independently of the module), as ISO. */
const end = (day: string) => new Date(Date.parse(`${day}T23:59:59.999+08:00`)).toISOString()

test('National Day is not working days; the 调休 Saturday after it is', () => {
  for (const d of ['2026-10-01', '2026-10-05', '2026-10-07']) expect(isWorkingDay(d)).toBe(false)
  expect(isWorkingDay('2026-10-08')).toBe(true)
  expect(isWorkingDay('2026-10-10')).toBe(true) // Saturday, worked in exchange
  expect(isWorkingDay('2026-10-11')).toBe(false) // an ordinary Sunday
  expect(isWorkingDay('2026-09-20')).toBe(true) // Sunday, worked in exchange
})

test('a time limit in working days skips National Day and counts the 调休 Saturday', () => {
  // Wednesday 30 Sep, 10:00 Beijing + 3 → 8, 9 and Saturday 10 Oct.
  expect(addWorkingDays(at('2026-09-30T02:00:00Z'), 3).toISOString()).toBe(end('2026-10-10'))
  // Monday 28 Sep + 3 → 29, 30 Sep, then nothing until Thursday 8 Oct.
  expect(addWorkingDays(at('2026-09-28T02:00:00Z'), 3).toISOString()).toBe(end('2026-10-08'))
  // Friday 13 Feb + 1 → Saturday 14 Feb is worked before 春节.
  expect(addWorkingDays(at('2026-02-13T02:00:00Z'), 1).toISOString()).toBe(end('2026-02-14'))
  // Without a calendar only weekends are off: 1 Oct would count.
  const none: WorkCalendar = { holidays: [], workdays: [] }
  expect(addWorkingDays(at('2026-09-30T02:00:00Z'), 1, none).toISOString()).toBe(end('2026-10-01'))
})

test('the day counted from is the Beijing day: 00:30 on Friday is Friday, not Thursday', () => {
  // 00:30 Beijing on Friday 27 Nov is 16:30Z on Thursday: +1 working day is Monday 30 Nov.
  expect(addWorkingDays(at('2026-11-26T16:30:00Z'), 1).toISOString()).toBe(end('2026-11-30'))
  // 23:30 Beijing on Thursday 26 Nov: +1 is Friday 27 Nov.
  expect(addWorkingDays(at('2026-11-26T15:30:00Z'), 1).toISOString()).toBe(end('2026-11-27'))
})

test('a certificate issued at 00:30 Beijing is valid from that Beijing day', () => {
  const type = { ...CERTIFICATE_TYPES.residence, validityMonths: 3 }
  expect(validUntil(type, at('2026-11-23T16:30:00Z'))).toBe('2027-02-23')
  expect(validUntil(type, at('2026-11-23T15:30:00Z'))).toBe('2027-02-22')
  expect(validUntil(type, at('2026-11-29T16:30:00Z'))).toBe('2027-02-28') // issued 30 Nov
})

test('the office writes days and ranges; the form shows them back as ranges', () => {
  const days = parseDayList('2026-10-01~2026-10-03，2026-10-05\n2026-10-04 2026-10-04', '放假日期')
  expect(days).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05'])
  expect(dayListText(days)).toBe('2026-10-01~2026-10-05')
  expect(dayListText(['2026-10-10', '2026-09-20'])).toBe('2026-09-20\n2026-10-10')
  expect(parseDayList(dayListText(DEFAULT_CALENDAR.holidays), 'x')).toEqual(
    DEFAULT_CALENDAR.holidays,
  )
  expect(() => parseDayList('2026-02-30', '放假日期')).toThrow(
    '放假日期中的“2026-02-30”不是有效日期',
  )
  expect(() => parseDayList('2026-10-07~2026-10-01', '放假日期')).toThrow('结束日期早于开始日期')
  expect(() => parseDayList('2026-01-01~2062-01-01', '放假日期')).toThrow('跨度超过一年')
})

test('the server takes only real dates, 调休 on weekends, no day both off and worked', () => {
  expect(
    validateCalendar({ holidays: ['2026-10-02', '2026-10-01'], workdays: ['2026-10-10'] }),
  ).toEqual({
    holidays: ['2026-10-01', '2026-10-02'],
    workdays: ['2026-10-10'],
  })
  const refused = (v: unknown) => {
    try {
      validateCalendar(v)
    } catch (e) {
      expect(e).toBeInstanceOf(AppError)
      return (e as AppError).message
    }
    throw new Error('accepted')
  }
  expect(refused({ holidays: ['2026-10-32'], workdays: [] })).toContain('不是有效日期')
  expect(refused({ holidays: '2026-10-01', workdays: [] })).toContain('放假日期应为日期列表')
  expect(refused({ holidays: [], workdays: ['2026-10-09'] })).toContain('不是周六或周日')
  expect(refused({ holidays: ['2026-10-10'], workdays: ['2026-10-10'] })).toContain(
    '不能既放假又上班',
  )
  expect(refused(null)).toContain('放假日期')
})

test('the default calendar is itself valid', () => {
  expect(validateCalendar(DEFAULT_CALENDAR)).toEqual(DEFAULT_CALENDAR)
})

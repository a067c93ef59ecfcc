import { quoted } from '../checks'
import { AppError } from '../errors'
import {
  addDaysToDay,
  beijingDay,
  dayEnd,
  parseDay,
  weekday,
  type Day,
  type Instant,
} from './beijing'

/**
 * The street office's working-day calendar, for 承诺办结时限 counted in working days: Monday to
 * Friday, except the days off of the public holidays (放假, including the weekdays swapped for a
 * longer break), plus the weekend days worked in exchange (调休上班). The office keeps it up to
 * date in 办理设置 when the State Council publishes the next year's arrangement (each November).
 */
export interface WorkCalendar {
  /** Days off that would otherwise be working days (weekend days in a break may be listed too). */
  holidays: Day[]
  /** Saturdays and Sundays that are working days (调休上班). */
  workdays: Day[]
}

/** At most this many days per list: several years of holidays, with room to spare. */
const MAX_DAYS = 1000
/** A range `a~b` may span at most this many days (a typo like 2026~2062 would be enormous). */
const MAX_RANGE = 366

/**
 * The days a text lists: dates `2026-10-01` or ranges `2026-10-01~2026-10-07`, separated by
 * spaces, new lines, commas or 、. Sorted, without repeats. `label` names the list in the error.
 */
export function parseDayList(text: string, label: string): Day[] {
  const out = new Set<Day>()
  for (const token of text.split(/[\s,，、;；]+/).filter(Boolean)) {
    const [a, b, extra] = token.split(/[~～至]/)
    const from = parseDay(a)
    const to = b === undefined ? from : parseDay(b)
    if (!from || !to || extra !== undefined)
      throw new AppError(
        'INVALID_INPUT',
        `${label}中的“${token}”不是有效日期（格式 2026-10-01 或 2026-10-01~2026-10-07）`,
      )
    if (to < from) throw new AppError('INVALID_INPUT', `${label}中的“${token}”结束日期早于开始日期`)
    let d = from
    for (let i = 0; d <= to; i++, d = addDaysToDay(d, 1)) {
      if (i >= MAX_RANGE) throw new AppError('INVALID_INPUT', `${label}中的“${token}”跨度超过一年`)
      out.add(d)
    }
  }
  return [...out].sort()
}

/** The list as the office edits it: runs of consecutive days written as ranges, one per line. */
export function dayListText(days: Day[]): string {
  const lines: string[] = []
  const sorted = [...new Set(days)].sort()
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === addDaysToDay(sorted[j], 1)) j++
    lines.push(i === j ? sorted[i] : `${sorted[i]}~${sorted[j]}`)
    i = j + 1
  }
  return lines.join('\n')
}

/**
 * The default: the State Council's 2026 arrangement (国务院办公厅 notice of 4 Nov 2025) in full, and
 * for 2027 only the statutory holidays (全国年节及纪念日放假办法, 2024): 2027's 调休 is published in
 * November 2026 and must then be entered by the office.
 */
export const DEFAULT_CALENDAR: WorkCalendar = {
  holidays: parseDayList(
    // 2026: 元旦 · 春节 · 清明 · 劳动节 · 端午 · 中秋 · 国庆
    '2026-01-01~2026-01-03 2026-02-15~2026-02-23 2026-04-04~2026-04-06 ' +
      '2026-05-01~2026-05-05 2026-06-19~2026-06-21 2026-09-25~2026-09-27 ' +
      '2026-10-01~2026-10-07 ' +
      // 2027 statutory days: 元旦 · 除夕至初三 · 清明 · 劳动节 · 端午 · 中秋 · 国庆
      '2027-01-01 2027-02-05~2027-02-08 2027-04-05 2027-05-01~2027-05-02 2027-06-09 ' +
      '2027-09-15 2027-10-01~2027-10-03',
    '放假日期',
  ),
  workdays: parseDayList(
    '2026-01-04 2026-02-14 2026-02-28 2026-05-09 2026-09-20 2026-10-10',
    '调休上班日期',
  ),
}

/** The calendar as the office sent it, checked: real dates, 调休上班 only on weekends, no overlap. */
export function validateCalendar(v: unknown): WorkCalendar {
  const c = (v ?? {}) as Record<string, unknown>
  const list = (key: 'holidays' | 'workdays', label: string): Day[] => {
    const raw = c[key]
    if (!Array.isArray(raw) || raw.length > MAX_DAYS)
      throw new AppError('INVALID_INPUT', `${label}应为日期列表（至多 ${MAX_DAYS} 天）`, {
        [key]: `请填写${label}`,
      })
    const bad = raw.find((d) => parseDay(d) === null)
    if (bad !== undefined)
      throw new AppError('INVALID_INPUT', `${label}中的“${quoted(bad)}”不是有效日期`, {
        [key]: '日期格式应为 2026-10-01',
      })
    return [...new Set(raw as Day[])].sort()
  }
  const holidays = list('holidays', '放假日期')
  const workdays = list('workdays', '调休上班日期')
  const weekdayWork = workdays.find((d) => weekday(d) !== 0 && weekday(d) !== 6)
  if (weekdayWork)
    throw new AppError('INVALID_INPUT', `调休上班日期“${weekdayWork}”不是周六或周日`, {
      workdays: '调休上班日应为周六或周日',
    })
  const both = workdays.find((d) => holidays.includes(d))
  if (both)
    throw new AppError('INVALID_INPUT', `“${both}”不能既放假又上班`, {
      workdays: '与放假日期重复',
    })
  return { holidays, workdays }
}

/** A test for working days under the calendar (sets built once: counting calls it many times). */
function workingDays(cal: WorkCalendar): (d: Day) => boolean {
  const off = new Set(cal.holidays)
  const on = new Set(cal.workdays)
  return (d) => !off.has(d) && (on.has(d) || (weekday(d) !== 0 && weekday(d) !== 6))
}

/** Whether a Beijing day is a working day under the calendar. */
export function isWorkingDay(d: Day, cal: WorkCalendar = DEFAULT_CALENDAR): boolean {
  return workingDays(cal)(d)
}

/**
 * The end (23:59:59.999 Beijing time) of the `days`-th working day after the day of `from`. With
 * the 2026 calendar, 3 working days from Wednesday 30 Sep end on Saturday 10 Oct: 国庆 (1–7 Oct)
 * is off, and 8 Oct, 9 Oct and the 调休 Saturday 10 Oct are worked.
 */
export function addWorkingDays(
  from: Instant,
  days: number,
  cal: WorkCalendar = DEFAULT_CALENDAR,
): Date {
  const working = workingDays(cal)
  let d = beijingDay(from)
  for (let left = days; left > 0; ) {
    d = addDaysToDay(d, 1)
    if (working(d)) left--
  }
  return dayEnd(d)
}

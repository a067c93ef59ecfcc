/**
 * 承诺办结时限 are counted in working days (Monday–Friday, Beijing time). Public holidays and the
 * weekend days swapped for them (调休) are not known here: the street office's calendar would
 * add them, and until then a holiday counts as a working day (the limit is then a day early).
 */
const DAY = 86_400_000
const CST = 8 * 3_600_000

/** The end of the `days`-th working day after `from` (23:59:59.999 Beijing time). */
export function addWorkingDays(from: Date, days: number): Date {
  let local = new Date(from.getTime() + CST)
  local = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()))
  let left = days
  while (left > 0) {
    local = new Date(local.getTime() + DAY)
    const wd = local.getUTCDay()
    if (wd !== 0 && wd !== 6) left--
  }
  return new Date(local.getTime() + DAY - 1 - CST)
}

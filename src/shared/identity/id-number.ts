/**
 * The 18-character Chinese resident ID number (公民身份号码, GB 11643-1999): a 6-digit region
 * code, an 8-digit birth date, a 3-digit sequence (odd for men, even for women) and an ISO 7064
 * MOD 11-2 check character. Checked on the phone for quick feedback and again on the server.
 */
import { beijingDay, parseDay } from '../time'

/** Weights of the first 17 digits, in order. */
export const ID_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
/** The check character for each weighted sum mod 11. */
export const ID_CHECK_TABLE = '10X98765432'

/** Province-level codes in use (first two digits): 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82. */
const PROVINCE_RANGES: ReadonlyArray<[number, number]> = [
  [11, 15],
  [21, 23],
  [31, 37],
  [41, 46],
  [50, 54],
  [61, 65],
  [71, 71],
  [81, 82],
]

/** Why a number was refused: the app may branch on it; `reason` is what the user reads. */
export type IdProblem = 'length' | 'format' | 'region' | 'birthDate' | 'checkDigit'

export type Gender = 'male' | 'female'

/** The outcome of {@link checkIdNumber}. */
export type IdCheck =
  | {
      ok: true
      /** Upper-case, without spaces: the form to store and compare. */
      normalized: string
      /** `YYYY-MM-DD`. */
      birthDate: string
      gender: Gender
    }
  | { ok: false; problem: IdProblem; reason: string }

const REASON: Record<IdProblem, string> = {
  length: '身份证号长度不正确，应为 18 位',
  format: '身份证号只能是数字，最后一位可以是 X',
  region: '身份证号的地区码无效，请核对前 6 位',
  birthDate: '身份证号中的出生日期无效，请核对第 7–14 位',
  checkDigit: '身份证号校验位不正确，请核对后重新输入',
}

/** Whether the first two digits name a province, autonomous region, municipality or SAR. */
export function isProvinceCode(code: string): boolean {
  if (!/^\d{2}$/.test(code)) return false
  const n = Number(code)
  return PROVINCE_RANGES.some(([lo, hi]) => n >= lo && n <= hi)
}

/** The check character for 17 digits (no validation of them beyond being digits). */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('idCheckChar needs exactly 17 digits')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]
  return ID_CHECK_TABLE[sum % 11]
}

function validBirthDate(yyyymmdd: string, now: Date): boolean {
  const day = parseDay(`${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`)
  // A real calendar date (leap years included), from 1900 to today in Beijing.
  return !!day && day >= '1900-01-01' && day <= beijingDay(now)
}

/**
 * Checks an ID number as typed: spaces are ignored and a lower-case x is taken as X. Checks, in
 * order, the length, the characters, the province code, the birth date (a real calendar date,
 * year ≥ 1900, not after `now` in Beijing time) and the check character, and names the first
 * that fails.
 */
export function checkIdNumber(input: unknown, now: Date): IdCheck {
  const fail = (problem: IdProblem): IdCheck => ({ ok: false, problem, reason: REASON[problem] })
  if (typeof input !== 'string') return fail('length')
  const s = input.replace(/\s+/g, '').toUpperCase()
  if (s.length !== 18) return fail('length')
  if (!/^\d{17}[\dX]$/.test(s)) return fail('format')
  if (!isProvinceCode(s.slice(0, 2))) return fail('region')
  if (!validBirthDate(s.slice(6, 14), now)) return fail('birthDate')
  if (idCheckChar(s.slice(0, 17)) !== s[17]) return fail('checkDigit')
  return {
    ok: true,
    normalized: s,
    birthDate: `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`,
    gender: Number(s[16]) % 2 === 1 ? 'male' : 'female',
  }
}

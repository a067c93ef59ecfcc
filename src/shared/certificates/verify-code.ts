import { AppError } from '../errors'

/**
 * The verification code printed under a certificate's QR: 12 characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), so it can be read out or typed from paper. 31^12 ≈ 8·10^17 codes:
 * not guessable, which is why the verify page may show a (masked) holder without a sign-in.
 */
export const VERIFY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const VERIFY_CODE_LENGTH = 12
const CODE = new RegExp(`^[${VERIFY_ALPHABET}]{${VERIFY_CODE_LENGTH}}$`)

const LOOK_ALIKES = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'].filter(
  (c) => !VERIFY_ALPHABET.includes(c),
)
/** The rule as a person can check it against the paper, derived from the alphabet itself. */
export const VERIFY_CODE_RULE = `验证码为 ${VERIFY_CODE_LENGTH} 位字母和数字（不含 ${LOOK_ALIKES.join('、')}），请核对`

/** The code as typed (any case, spaces or dashes) in its stored form; throws INVALID_INPUT. */
export function normalizeVerifyCode(input: unknown): string {
  const s = typeof input === 'string' ? input.replace(/[\s-]/g, '').toUpperCase() : ''
  if (!CODE.test(s))
    throw new AppError('INVALID_INPUT', VERIFY_CODE_RULE, { code: VERIFY_CODE_RULE })
  return s
}

/** `ABCD-EFGH-JKMN`: how the code is printed. */
export function formatVerifyCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-')
}

/** Who checked the certificate, as they typed it (optional, ≤ 30 characters). */
export function checkVerifier(input: unknown): string {
  if (input === undefined || input === null || input === '') return ''
  const s = typeof input === 'string' ? input.trim() : null
  if (s === null || [...s].length > 30)
    throw new AppError('INVALID_INPUT', '查验单位不能超过 30 字', {
      verifier: '查验单位不能超过 30 字',
    })
  return s
}

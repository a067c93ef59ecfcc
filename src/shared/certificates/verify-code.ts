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

/**
 * The code a scan opened the verify page with, in its stored form, or '' when there is none:
 * `code` (the H5 link and in-app navigation), `scene` (a mini-program code made by
 * wxacode.getUnlimited with the code as its scene) or `q` (a plain QR of the H5 link, opened in
 * the mini-program through 扫普通链接二维码打开小程序). WeChat hands `scene` and `q` URL-encoded.
 */
export function verifyCodeFromLaunch(params: Record<string, string | undefined>): string {
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s)
    } catch {
      return ''
    }
  }
  const fromQ = params.q ? /[?&]code=([^&#]+)/.exec(decode(params.q))?.[1] : undefined
  const raw = params.code ?? (params.scene ? decode(params.scene) : undefined) ?? fromQ
  const s = raw ? decode(raw).replace(/[\s-]/g, '').toUpperCase() : ''
  return CODE.test(s) ? s : ''
}

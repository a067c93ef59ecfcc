/** Mainland mobile numbers: 11 digits starting 13–19. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/

/**
 * The number as stored: spaces and dashes dropped, a leading +86 / 86 country code removed.
 * Returns the cleaned text whether or not it is a valid number; pair with {@link isMobilePhone}.
 */
export function normalizePhone(input: string): string {
  const s = input.replace(/[\s-]+/g, '')
  return s.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '')
}

/** Whether the input (after {@link normalizePhone}) is a mainland mobile number. */
export function isMobilePhone(input: unknown): boolean {
  return typeof input === 'string' && MOBILE_PATTERN.test(normalizePhone(input))
}

/** The Chinese message a form shows for a bad mobile number. */
export const PHONE_MESSAGE = '请输入 11 位手机号码'

import { AppError } from '../errors'
import { addDaysToDay, addMonthsToDay, beijingDay } from '../time'
import { HARDSHIP } from './hardship'
import { RESIDENCE } from './residence'
import type { CertificateType, CertificateTypeKey } from './types'

/** The catalogue, in menu order. */
export const CERTIFICATE_TYPES: Record<CertificateTypeKey, CertificateType> = {
  residence: RESIDENCE,
  hardship: HARDSHIP,
}

/** Every type key, in menu order. */
export const CERTIFICATE_TYPE_KEYS: readonly CertificateTypeKey[] = ['residence', 'hardship']

export function isCertificateTypeKey(v: unknown): v is CertificateTypeKey {
  return typeof v === 'string' && (CERTIFICATE_TYPE_KEYS as readonly string[]).includes(v)
}

/** The catalogue entry for a key; throws INVALID_INPUT (请选择要办理的证明) for anything else. */
export function certificateType(key: unknown): CertificateType {
  if (!isCertificateTypeKey(key))
    throw new AppError('INVALID_INPUT', '请选择要办理的证明', { typeKey: '请选择要办理的证明' })
  return CERTIFICATE_TYPES[key]
}

/** The type a resident means by a name or alias (困难证明 → hardship), or null. */
export function findCertificateType(name: string): CertificateType | null {
  const n = name.trim()
  return (
    CERTIFICATE_TYPE_KEYS.map((k) => CERTIFICATE_TYPES[k]).find(
      (t) => t.name === n || t.aliases.includes(n),
    ) ?? null
  )
}

/** The label of a purpose key, or the typed purpose for `other`. */
export function purposeLabel(type: CertificateType, key: string, other?: string): string {
  if (key === 'other' && other) return other
  return type.purposes.find((p) => p.key === key)?.label ?? key
}

/** The 办事指南 as one plain text (for sharing, and for the H5 console's print view). */
export function guideText(type: CertificateType): string {
  const g = type.guide
  const list = (items: string[]) => items.map((s, i) => `${i + 1}. ${s}`).join('\n')
  return [
    `【${type.name}】办事指南`,
    `一、办理用途\n${g.summary}`,
    `二、申请条件\n${g.eligibility}`,
    `三、所需材料\n${list(g.prepare)}`,
    `四、办理流程\n${list(g.process)}`,
    `五、办理时限\n${g.duration}`,
    `六、注意事项\n${list(g.notes)}`,
  ].join('\n\n')
}

/**
 * The last day (`YYYY-MM-DD`, Beijing time) an issued certificate is valid: the day before the
 * same date `validityMonths` later, or the end of that month when it has no such date (a 3-month
 * certificate issued on 30 Nov is valid through the end of February).
 */
export function validUntil(type: CertificateType, issuedAt: Date): string {
  const issued = beijingDay(issuedAt)
  const later = addMonthsToDay(issued, type.validityMonths)
  // addMonthsToDay lands on the month's last day when the date does not exist there.
  return later.slice(8) === issued.slice(8) ? addDaysToDay(later, -1) : later
}

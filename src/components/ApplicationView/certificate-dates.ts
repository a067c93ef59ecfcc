import type { CertificateView } from '@shared/contracts/certificate'
import { FORMATS, formatBeijing, formatDay } from '@shared/time'

/**
 * A certificate's two dates as printed, on the card and in the saved image alike: 出具日期 is the
 * Beijing day it was issued (issued at 00:30 Beijing is that day, not the UTC day before).
 */
export function certificateDates(c: Pick<CertificateView, 'issuedAt' | 'validUntil'>) {
  return {
    issued: formatBeijing(c.issuedAt, FORMATS.cnDate),
    validUntil: formatDay(c.validUntil, FORMATS.cnDate),
  }
}

import { CERTIFICATE_TYPE_KEYS, CERTIFICATE_TYPES } from './catalogue'
import type { CertificateTypeKey } from './types'

/**
 * Certificate serial numbers: `${prefix}-${year}-${6-digit sequence}` (JZ-2026-000123), one
 * sequence per type and year, kept by the server. Printed on the certificate and searched by
 * the reviewer; the verify page uses a separate unguessable code, not this number.
 */
export interface Serial {
  typeKey: CertificateTypeKey
  year: number
  seq: number
}

/** Largest sequence number in a year. */
export const SERIAL_SEQ_MAX = 999_999
const SERIAL = /^([A-Z]{2})-(\d{4})-(\d{6})$/

/** `formatSerial('residence', 2026, 123)` → `JZ-2026-000123`. Throws on an impossible year or sequence. */
export function formatSerial(typeKey: CertificateTypeKey, year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999)
    throw new RangeError(`bad year ${year}`)
  if (!Number.isInteger(seq) || seq < 1 || seq > SERIAL_SEQ_MAX)
    throw new RangeError(`bad seq ${seq}`)
  return `${CERTIFICATE_TYPES[typeKey].serialPrefix}-${year}-${String(seq).padStart(6, '0')}`
}

/** The parts of a serial number as typed (spaces trimmed, any case), or null if it is not one. */
export function parseSerial(input: string): Serial | null {
  const m = SERIAL.exec(input.trim().toUpperCase())
  if (!m) return null
  const typeKey = CERTIFICATE_TYPE_KEYS.find((k) => CERTIFICATE_TYPES[k].serialPrefix === m[1])
  const year = Number(m[2])
  const seq = Number(m[3])
  if (!typeKey || year < 2000 || seq < 1) return null
  return { typeKey, year, seq }
}

import qrcode from 'qrcode-generator'
import type { CertificateView, VerifyStatus } from '../../shared/contracts/certificate'
import { beijingDay } from '../../shared/time'
import type { StoredCertificate } from './model'
import { pageUrl } from '../../shared/routes'

/**
 * Where a certificate's QR leads: the H5 verify page, on the public address the functions are
 * given (XB_PUBLIC_URL: the emulator sets it; on CloudBase it is the function's env setting, the
 * static-hosting domain of the H5 build).
 */
export function verifyUrl(code: string): string {
  const base = (process.env.XB_PUBLIC_URL ?? '').replace(/\/+$/, '')
  return `${base}/#${pageUrl('verify', { code })}`
}

/** The QR of `text` as rows of '1'/'0', error correction M (survives a crease or a stamp). */
export function qrRows(text: string): string[] {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const n = qr.getModuleCount()
  const rows: string[] = []
  for (let r = 0; r < n; r++) {
    let row = ''
    for (let c = 0; c < n; c++) row += qr.isDark(r, c) ? '1' : '0'
    rows.push(row)
  }
  return rows
}

/** Revoked beats expired: a revoked certificate must never read as merely out of date. */
export function statusOf(c: StoredCertificate, now: Date): VerifyStatus {
  if (c.revokedAt) return 'revoked'
  return beijingDay(now) > c.validUntil ? 'expired' : 'valid'
}

/** `body`: its text filled for the viewer (view.ts decides what they may see). */
export function toCertificateView(
  c: StoredCertificate,
  code: string,
  now: Date,
  body: string,
): CertificateView {
  const url = verifyUrl(code)
  return {
    serial: c.serial,
    code,
    issuedAt: new Date(c.issuedAt).toISOString(),
    validUntil: c.validUntil,
    issuer: c.issuer,
    body,
    status: statusOf(c, now),
    revokedAt: c.revokedAt ? new Date(c.revokedAt).toISOString() : null,
    revokeReason: c.revokeReason ?? '',
    verifyUrl: url,
    qr: qrRows(url),
  }
}

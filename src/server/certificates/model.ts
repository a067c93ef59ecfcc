import type {
  ApplicationAction,
  ApplicationState,
  Attachment,
  CertificateApplication,
  CertificateTypeKey,
  SignedPromise,
} from '../../shared/certificates'
import type { Role } from '../../shared/roles'
import { FORMATS, formatBeijing } from '../../shared/time'

/** Collections of 在线办事 (indexes in emulator/indexes.json). */
export const APPLICATIONS = 'applications'
/** The street office's settings per type, `_id` = the type key. */
export const CERT_TYPES = 'certificate_types'
/** One counter per type and year for serial numbers, `_id` = `residence-2026`. */
export const SERIALS = 'certificate_serials'
/** Every successful look-up of a certificate on the verify page. */
export const VERIFICATIONS = 'certificate_verifications'
/** Per-minute counters of the public verify action. */
export const RATE_LIMITS = 'rate_limits'

/** What the applicant filled in, checked: the application minus its envelope. */
export type StoredForm = Omit<CertificateApplication, 'attachments' | 'promise' | 'requestId'>

export interface StoredAppEvent {
  at: Date
  action: ApplicationAction
  byOpenid: string
  byRole: Role
  note: string
}

export interface StoredCertificate {
  serial: string
  issuedAt: Date
  validUntil: string
  issuer: string
  revokedAt?: Date
  revokeReason?: string
}

export interface StoredApplication {
  _id: string
  no: string
  /** `<openid>:<requestId>`, unique: a retried submit finds the first application. */
  requestKey: string
  applicantOpenid: string
  typeKey: CertificateTypeKey
  form: StoredForm
  attachments: Attachment[]
  promise: SignedPromise | null
  state: ApplicationState
  version: number
  events: StoredAppEvent[]
  /** The promised decision time; cleared once decided. */
  deadline: Date | null
  /** The reviewer's reason or request, shown to the applicant. */
  decisionNote: string
  certificate?: StoredCertificate
  /** Top-level copies for the unique indexes: one serial, one code per certificate. */
  serial?: string
  verifyCode?: string
  createdAt: Date
  updatedAt: Date
}

/** SQ + Beijing date + 4 characters of the id: short enough to read out on the phone. */
export function applicationNo(id: string, at: Date): string {
  return `SQ${formatBeijing(at, FORMATS.compact)}-${id.slice(-4).toUpperCase()}`
}

/** The part of a checked application that is stored as `form`. */
export function formOf(app: CertificateApplication): StoredForm {
  const form: Partial<CertificateApplication> = { ...app }
  delete form.attachments
  delete form.promise
  delete form.requestId
  return form as StoredForm
}

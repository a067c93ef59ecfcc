import type {
  ApplicationAction,
  ApplicationState,
  Attachment,
  CertificateApplication,
  CertificateTypeKey,
  SignedPromise,
} from '../../shared/certificates'
import type { ReportProxy } from '../../shared/reports'
import type { Role } from '../../shared/roles'
import { FORMATS, formatBeijing } from '../../shared/time'

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
  /** The street's text of the type when it was issued (wording.ts); older ones: the default. */
  text?: string
  revokedAt?: Date
  revokeReason?: string
}

export interface StoredApplication {
  _id: string
  /** The street of the applicant's address (src/server/street-scope.ts): whose office reviews it. */
  streetId?: string
  no: string
  /** `<openid>:<requestId>`, unique: a retried submit finds the first application. */
  requestKey: string
  /** '' for a 代办 for a person without the mini-program. */
  applicantOpenid: string
  /** Set on a 代办: who applied for the applicant. */
  proxy?: ReportProxy
  typeKey: CertificateTypeKey
  form: StoredForm
  attachments: Attachment[]
  /** Attachments WeChat found unacceptable (media-verdict.ts): only the office still sees them. */
  hiddenFiles?: string[]
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

import type {
  CertificateWording,
  ApplicationAction,
  ApplicationState,
  AttachmentSpec,
  CertificateTypeKey,
  FieldSpec,
  Guide,
  PromiseSpec,
  PurposeOption,
  RejectReasonKey,
} from '../certificates'
import type { OnBehalf } from '../reports/validate'
import type { Role } from '../roles'
import type { WorkCalendar } from '../time'
import type { ListPage, QueuePage } from './page'

/** A catalogue entry as the app shows it: the built-in type with the street office's settings. */
export interface CatalogueEntry {
  key: CertificateTypeKey
  name: string
  aliases: string[]
  fields: FieldSpec[]
  purposes: PurposeOption[]
  attachments: AttachmentSpec[]
  /** Null when the type has none, or the office switched 告知承诺 off. */
  promise: PromiseSpec | null
  timeLimitDays: number
  validityMonths: number
  guide: Guide
  /** Off: the type is listed as 暂停办理 and new applications are refused. */
  enabled: boolean
}

/** The settings the street office may change per type (`certificate.saveType`). */
export interface CatalogueSettings {
  key: CertificateTypeKey
  enabled: boolean
  timeLimitDays: number
  validityMonths: number
  promiseAllowed: boolean
}

/** One application in a list. Names and ID numbers are masked unless the viewer may see them. */
export interface ApplicationSummary {
  id: string
  /** Shown to the applicant and the reviewer: SQ20261123-0001. */
  no: string
  typeKey: CertificateTypeKey
  typeName: string
  state: ApplicationState
  stateLabel: string
  applicantName: string
  purposeLabel: string
  createdAt: string
  /** The promised decision date; null once decided. */
  deadline: string | null
  overdue: boolean
  serial: string | null
}

export interface ApplicationEventView {
  at: string
  action: ApplicationAction
  label: string
  byRole: Role
  note: string
}

/** The issued certificate as its holder and the office see it. */
export interface CertificateView {
  serial: string
  code: string
  issuedAt: string
  /** Last valid day, YYYY-MM-DD (Beijing). */
  validUntil: string
  issuer: string
  /** The street's text of the type (as at issue), its blanks filled with what the viewer may see. */
  body: string
  status: VerifyStatus
  revokedAt: string | null
  revokeReason: string
  /** The public verify page for this certificate: what its QR code holds. */
  verifyUrl: string
  /** The QR code as rows of '1' (dark) and '0' modules, drawn by the app (SVG or canvas). */
  qr: string[]
}

export interface VerificationView {
  at: string
  /** What the checker typed (a bank, a school), or 匿名查验. */
  verifier: string
  channel: string
}

export interface ApplicationDetail extends ApplicationSummary {
  version: number
  /** Masked (110105********1234) except for the office. */
  idNumber: string
  /** Masked except for the applicant and the office. */
  phone: string
  addressLabel: string
  /** The form as submitted, for the reviewer and for correcting it (idNumber left out). */
  form: Record<string, string | number>
  attachments: Array<{ kind: string; label: string; fileID: string }>
  promise: { signedName: string; version: string } | null
  events: ApplicationEventView[]
  /** Why it was refused, or what to add: shown to the applicant. */
  decisionNote: string
  certificate: CertificateView | null
  verifications: VerificationView[]
  /** What the viewer may do now. */
  actions: ApplicationAction[]
}

/** A street's certificate wording, and the generic one its office can go back to. */
export interface WordingView extends CertificateWording {
  defaults: CertificateWording
}

export type VerifyStatus = 'valid' | 'expired' | 'revoked'

/** The public verify page: enough to trust the paper, not enough to identify the holder. */
export interface VerifyResult {
  status: VerifyStatus
  typeName: string
  holderName: string
  idNumber: string
  serial: string
  issuedAt: string
  validUntil: string
  issuer: string
  revokedAt: string | null
  revokeReason: string
}

export type QueueFilter = 'all' | ApplicationState

/** Input of a form, keyed like the catalogue's fields, plus attachments, promise, requestId. */
export type ApplicationInput = Record<string, unknown>

export interface CertificateActions {
  'certificate.catalogue': { req: Record<string, never>; res: { types: CatalogueEntry[] } }
  'certificate.saveType': { req: CatalogueSettings; res: { type: CatalogueEntry } }
  /** The working-day calendar 承诺办结时限 are counted in (the default until the office saves one). */
  'certificate.calendar': { req: Record<string, never>; res: WorkCalendar }
  'certificate.saveCalendar': { req: WorkCalendar; res: WorkCalendar }
  /** The office's street's 出具单位 and certificate texts (src/shared/certificates/wording.ts). */
  'certificate.wording': { req: Record<string, never>; res: WordingView }
  'certificate.saveWording': { req: CertificateWording; res: WordingView }
  'certificate.apply': {
    /** `onBehalf`: 代办, staff apply for a resident (src/server/on-behalf.ts decides who may). */
    req: { typeKey: CertificateTypeKey; input: ApplicationInput; onBehalf?: OnBehalf }
    res: { application: ApplicationSummary; duplicate: boolean }
  }
  /** Correct a rejected application or add material, and send it again (same application). */
  'certificate.resubmit': {
    req: { id: string; version: number; input: ApplicationInput }
    res: { application: ApplicationDetail }
  }
  'certificate.listMine': {
    req: { page?: number }
    res: ListPage<ApplicationSummary>
  }
  'certificate.get': { req: { id: string }; res: ApplicationDetail }
  'certificate.queue': {
    req: { filter?: QueueFilter; typeKey?: CertificateTypeKey; page?: number }
    res: QueuePage<ApplicationSummary, QueueFilter>
  }
  'certificate.approve': { req: DecisionReq; res: { application: ApplicationDetail } }
  'certificate.reject': {
    req: DecisionReq & { reasonKey: RejectReasonKey; note?: string }
    res: { application: ApplicationDetail }
  }
  'certificate.requestMaterial': {
    req: DecisionReq & { note: string }
    res: { application: ApplicationDetail }
  }
  'certificate.revoke': {
    req: DecisionReq & { note: string }
    res: { application: ApplicationDetail }
  }
  /** Public: no sign-in needed. Rate-limited per caller. */
  'certificate.verify': { req: { code: string; verifier?: string }; res: VerifyResult }
}

export interface DecisionReq {
  id: string
  version: number
}

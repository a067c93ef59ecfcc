import type { Role } from '../roles'

/**
 * The shape of a certificate type in the catalogue (在线办事). The form, the validator, the
 * reviewer's screen and the 办事指南 page all read the same entry, so they cannot drift apart.
 */

/** Every certificate type the street issues online. */
export type CertificateTypeKey = 'residence' | 'hardship'

/** How a form field is entered and checked. */
export type FieldKind =
  | 'name'
  | 'idNumber'
  | 'phone'
  /** The resident's bound home (社区/楼栋/单元/房号). */
  | 'address'
  /** One of the type's purposes; `other` adds a free text (purposeOther). */
  | 'purpose'
  | 'integer'
  /** Yuan, up to 2 decimals. */
  | 'money'
  | 'textarea'

/** One field of an application form. */
export interface FieldSpec {
  /** The key in the application input and in the validator's `fields` messages. */
  key: string
  label: string
  kind: FieldKind
  required: boolean
  placeholder?: string
  /** Bounds: the value for integer and money, the length in characters for textarea. */
  min?: number
  max?: number
  /** Shown after the input (人, 元/月). */
  unit?: string
}

/** A purpose the applicant can pick (子女入学 …); the key `other` asks for a typed one. */
export interface PurposeOption {
  key: string
  label: string
}

/** One kind of attachment (a slot in the form), with one or more photos. */
export interface AttachmentSpec {
  kind: string
  label: string
  /** What counts, in the applicant's words (房产证、购房合同或租房合同任选其一). */
  hint: string
  required: boolean
  /** May be left out when the applicant signs the 告知承诺书 instead. */
  promiseReplaceable: boolean
  maxFiles: number
}

/** The 告知承诺书 an applicant may sign instead of some proof. */
export interface PromiseSpec {
  /** Recorded with each signature, so a later change of wording does not rewrite old promises. */
  version: string
  title: string
  /** The full legal text, shown to be read before signing. */
  text: string
}

/** The 办事指南 page. */
export interface Guide {
  /** What the certificate proves and what it is used for. */
  summary: string
  /** Who may apply. */
  eligibility: string
  /** What to prepare. */
  prepare: string[]
  /** The steps, from applying to receiving it. */
  process: string[]
  /** How long it takes, in words. */
  duration: string
  notes: string[]
}

/** One entry of the catalogue. */
export interface CertificateType {
  key: CertificateTypeKey
  /** The name on the certificate and in the menu. */
  name: string
  /** Other names people search for (困难证明 for 贫困证明). */
  aliases: string[]
  /** Two capital letters before the serial number: JZ-2026-000123. */
  serialPrefix: string
  fields: FieldSpec[]
  purposes: PurposeOption[]
  attachments: AttachmentSpec[]
  /** Who reviews an application. */
  reviewer: Role
  /** Time limit for a decision, in working days from submission (承诺办结时限). */
  timeLimitDays: number
  /** How long an issued certificate is valid, in months from the day of issue. */
  validityMonths: number
  /** The promise that may replace some attachments, or null where none is allowed. */
  promise: PromiseSpec | null
  guide: Guide
}

import { AppError } from '../errors'
import { checkBinding, type AddressBinding } from '../grid/model'
import {
  checkIdNumber,
  checkPersonName,
  isMobilePhone,
  normalizePhone,
  PHONE_MESSAGE,
} from '../identity'
import type { Gender } from '../identity'
import { checkAttachments, checkPromise, type Attachment, type SignedPromise } from './attachments'
import { certificateType } from './catalogue'
import { OTHER_PURPOSE, PURPOSE_OTHER_MAX } from './common'
import type { CertificateType, CertificateTypeKey, FieldSpec } from './types'

/** A checked application, ready to store: texts trimmed, ID number upper-case, money in yuan. */
export interface CertificateApplication {
  typeKey: CertificateTypeKey
  name: string
  idNumber: string
  /** From the ID number, for the reviewer. */
  birthDate: string
  gender: Gender
  phone: string
  address: AddressBinding
  purpose: string
  /** The typed purpose when `purpose` is `other`. */
  purposeOther?: string
  /** 贫困证明 only: household size, monthly income per person (yuan), the reason. */
  householdSize?: number
  monthlyIncome?: number
  reason?: string
  attachments: Attachment[]
  promise: SignedPromise | null
  /** Made by the app per application: a retry with the same id returns the first one. */
  requestId: string
}

type Fields = Record<string, string>
const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/

function numberOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null
  if (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v)) return Number(v)
  return null
}

/** Checks one catalogue field into `out`; the message goes under the field's key. */
function checkField(
  t: CertificateType,
  s: FieldSpec,
  v: Record<string, unknown>,
  now: Date,
  f: Fields,
  out: Record<string, unknown>,
) {
  const x = v[s.key]
  const empty = x === undefined || x === null || (typeof x === 'string' && !x.trim())
  if (empty && s.kind !== 'address') {
    if (s.required) f[s.key] = s.kind === 'purpose' ? '请选择证明用途' : `请填写${s.label}`
    return
  }
  const bounds = `${s.label}应在 ${s.min}–${s.max}${s.unit ? ` ${s.unit}` : ''} 之间`
  switch (s.kind) {
    case 'name': {
      const r = checkPersonName(x)
      if (r.ok) out.name = r.normalized
      else f.name = r.reason
      return
    }
    case 'idNumber': {
      const r = checkIdNumber(x, now)
      if (r.ok)
        Object.assign(out, { idNumber: r.normalized, birthDate: r.birthDate, gender: r.gender })
      else f.idNumber = r.reason
      return
    }
    case 'phone':
      if (isMobilePhone(x)) out.phone = normalizePhone(x as string)
      else f.phone = PHONE_MESSAGE
      return
    case 'address': {
      const r = checkBinding(x)
      const first = Object.values(r.fields)[0]
      if (empty) f.address = '请先绑定居住地址'
      else if (first) f.address = first
      else out.address = r.value
      return
    }
    case 'purpose': {
      if (!t.purposes.some((p) => p.key === x)) f.purpose = '请选择证明用途'
      out.purpose = x
      if (x !== OTHER_PURPOSE) return
      const o = typeof v.purposeOther === 'string' ? v.purposeOther.trim() : ''
      if (!o) f.purposeOther = '请填写证明用途'
      else if ([...o].length > PURPOSE_OTHER_MAX)
        f.purposeOther = `证明用途不能超过 ${PURPOSE_OTHER_MAX} 字`
      else out.purposeOther = o
      return
    }
    case 'integer':
    case 'money': {
      const n = numberOf(x)
      if (n === null) f[s.key] = `${s.label}请填写数字`
      else if (s.kind === 'integer' && !Number.isInteger(n)) f[s.key] = `${s.label}请填写整数`
      else if (
        s.kind === 'money' &&
        Math.round(n * 100) !== n * 100 &&
        Math.abs(Math.round(n * 100) - n * 100) > 1e-6
      )
        f[s.key] = `${s.label}最多保留两位小数`
      else if ((s.min !== undefined && n < s.min) || (s.max !== undefined && n > s.max))
        f[s.key] = bounds
      else out[s.key] = s.kind === 'money' ? Math.round(n * 100) / 100 : n
      return
    }
    case 'textarea': {
      const str = typeof x === 'string' ? x.trim() : null
      const len = str === null ? 0 : [...str].length
      if (str === null) f[s.key] = `${s.label}格式有误`
      else if (s.min !== undefined && len < s.min) f[s.key] = `${s.label}至少填写 ${s.min} 个字`
      else if (s.max !== undefined && len > s.max) f[s.key] = `${s.label}不能超过 ${s.max} 字`
      else out[s.key] = str
    }
  }
}

/**
 * Checks and normalises an application for `certificate.apply` against the catalogue entry of
 * `typeKey`; the same code runs in the form and on the server. `now` bounds the birth date.
 * Throws INVALID_INPUT with a Chinese message per field: the form fields by key, `purposeOther`,
 * `attachments` / `attachments.<kind>`, `promise`, `requestId`, and `typeKey` for an unknown type.
 */
export function validateApplication(
  typeKey: unknown,
  input: unknown,
  now: Date,
): CertificateApplication {
  const type = certificateType(typeKey)
  const v = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>
  const f: Fields = {}
  const out: Record<string, unknown> = { typeKey: type.key }
  for (const spec of type.fields) checkField(type, spec, v, now, f, out)
  const nameForPromise = f.name ? '' : ((out.name as string | undefined) ?? '')
  out.promise = checkPromise(type, v.promise, nameForPromise, f)
  out.attachments = checkAttachments(type, v.attachments, out.promise !== null, f)
  if (typeof v.requestId !== 'string' || !REQUEST_ID.test(v.requestId))
    f.requestId = '请求编号无效，请重新提交'
  out.requestId = v.requestId
  const first = Object.values(f)[0]
  if (first) throw new AppError('INVALID_INPUT', first, f)
  return out as unknown as CertificateApplication
}

import type { AttachmentSpec, FieldSpec } from './types'

/** The fields every certificate asks for, first on the form. */
export const APPLICANT_FIELDS: FieldSpec[] = [
  { key: 'name', label: '申请人姓名', kind: 'name', required: true, placeholder: '与身份证一致' },
  {
    key: 'idNumber',
    label: '身份证号',
    kind: 'idNumber',
    required: true,
    placeholder: '18 位居民身份证号码',
  },
  { key: 'phone', label: '联系电话', kind: 'phone', required: true, placeholder: '11 位手机号码' },
  { key: 'address', label: '居住地址', kind: 'address', required: true },
  { key: 'purpose', label: '证明用途', kind: 'purpose', required: true },
]

/** The ID card, which no promise replaces: the reviewer must see who is applying. */
export const ID_CARD: AttachmentSpec = {
  kind: 'idCard',
  label: '居民身份证',
  hint: '身份证正反面照片各一张，字迹清晰、无遮挡',
  required: true,
  promiseReplaceable: false,
  maxFiles: 2,
}

/** The household register: the first page and the applicant's own page. */
export const HUKOU: AttachmentSpec = {
  kind: 'hukou',
  label: '户口簿',
  hint: '户口簿首页及本人页照片',
  required: false,
  promiseReplaceable: false,
  maxFiles: 4,
}

/** The purpose key that asks for a typed purpose. */
export const OTHER_PURPOSE = 'other'
/** Longest typed purpose. */
export const PURPOSE_OTHER_MAX = 50

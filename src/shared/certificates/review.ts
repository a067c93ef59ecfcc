import { AppError } from '../errors'

/** The reasons a reviewer picks from when refusing an application; the applicant sees the label. */
export type RejectReasonKey = 'unclear' | 'inconsistent' | 'ineligible' | 'other'

export const REJECT_REASONS: ReadonlyArray<{ key: RejectReasonKey; label: string }> = [
  { key: 'unclear', label: '材料不清晰' },
  { key: 'inconsistent', label: '信息不一致' },
  { key: 'ineligible', label: '不符合条件' },
  { key: 'other', label: '其他' },
]

/** Longest reviewer's note, in characters. */
export const REVIEW_NOTE_MAX = 200

/** A checked refusal: the reason and a note (required for `other`). */
export interface Rejection {
  reasonKey: RejectReasonKey
  reasonLabel: string
  note: string
}

function note(v: unknown, fields: Record<string, string>, required: string | null): string {
  const s = typeof v === 'string' ? v.trim() : ''
  if (v !== undefined && v !== null && typeof v !== 'string') fields.note = '说明格式有误'
  else if (!s && required) fields.note = required
  else if ([...s].length > REVIEW_NOTE_MAX) fields.note = `说明不能超过 ${REVIEW_NOTE_MAX} 字`
  return s
}

function throwIfAny(fields: Record<string, string>): void {
  const first = Object.values(fields)[0]
  if (first) throw new AppError('INVALID_INPUT', first, fields)
}

/** Checks `{ reasonKey, note }` for `reject`; throws INVALID_INPUT with per-field messages. */
export function validateRejection(input: unknown): Rejection {
  const v = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>
  const fields: Record<string, string> = {}
  const reason = REJECT_REASONS.find((r) => r.key === v.reasonKey)
  if (!reason) fields.reasonKey = '请选择不予通过的原因'
  const n = note(v.note, fields, v.reasonKey === 'other' ? '请说明不予通过的原因' : null)
  throwIfAny(fields)
  return { reasonKey: reason!.key, reasonLabel: reason!.label, note: n }
}

/** A check of an action whose only input is a required note; `missing` says what to write. */
function requiredNote(missing: string) {
  return (input: unknown): { note: string } => {
    const v = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>
    const fields: Record<string, string> = {}
    const n = note(v.note, fields, missing)
    throwIfAny(fields)
    return { note: n }
  }
}

/** Checks the note of `requestMaterial`: the applicant must be told what to add. */
export const validateMaterialRequest = requiredNote('请说明需要补充哪些材料')

/** Checks the reason of `revoke`: the holder and anyone verifying see it. */
export const validateRevocation = requiredNote('请填写撤销原因')

import { AppError } from '../errors'
import { addDays } from '../time'
import type { ReportAction } from './actions'
import { isCategoryKey, type ReportTarget } from './categories'
import type { CallbackOutcome } from './types'
import { ID_PATTERN, obj, photoList, text, throwIfAny, type Fields } from './fields'

/** Longest reason (退回, 吹哨, 不予受理, 重新办理 …), in characters. */
export const REASON_MAX = 200
/** Longest progress or result note, in characters. */
export const NOTE_MAX = 500
/** Longest comment with a rating, in characters. */
export const COMMENT_MAX = 200
/** Longest department name for 部门报到. */
export const DEPARTMENT_MAX = 30
/** The office gives a department at most this long (部门报到 is for quick, joint action). */
export const DEPARTMENT_DAYS_MAX = 30

/** A grid or a property company that a report is sent to (转派, 派单). */
export interface HandlerRef {
  kind: ReportTarget
  id: string
}

/** The normalised input of each transition action, beside the report's id. */
export interface ActionInputs {
  accept: { note: string }
  note: { note: string; photos: string[] }
  transfer: { reason: string; to: HandlerRef }
  return: { reason: string }
  escalate: { reason: string }
  resolve: { note: string; photos: string[] }
  confirm: { rating: number; comment: string }
  reopen: { reason: string }
  reject: { reason: string }
  markDuplicate: { duplicateOf: string; note: string }
  assignDepartment: { department: string; deadline: number; note: string }
  urge: { note: string }
  autoClose: Record<string, never>
  dispatch: { to: HandlerRef; note: string }
  callback: { outcome: CallbackOutcome; note: string }
  reclassify: { categoryKey: string; reason: string }
}

/** The answers a 回访 records, as the form lists them. */
export const CALLBACK_OUTCOMES: ReadonlyArray<{ key: CallbackOutcome; label: string }> = [
  { key: 'satisfied', label: '满意' },
  { key: 'basic', label: '基本满意' },
  { key: 'unsatisfied', label: '不满意' },
  { key: 'unreached', label: '未接通' },
]

/**
 * How a 回访 counts in 满意率: 满意 and 基本满意 as satisfied (like 4–5 stars), 不满意 not;
 * 未接通 is no answer and counts nowhere.
 */
export function followUpOf(outcome: CallbackOutcome): { satisfied: boolean } | null {
  if (outcome === 'unreached') return null
  return { satisfied: outcome !== 'unsatisfied' }
}

/** Whether a form must fill a field of an action's input. */
export type FieldNeed = 'required' | 'optional'

/**
 * Which fields each action's form asks for, typed against ActionInputs (a new input field does
 * not compile until it is listed here) and checked against CHECKS by a unit test, so the app's
 * forms cannot drift from what the server accepts.
 */
export const ACTION_FIELDS: { [A in ReportAction]: { [K in keyof ActionInputs[A]]: FieldNeed } } = {
  accept: { note: 'optional' },
  note: { note: 'required', photos: 'optional' },
  transfer: { reason: 'required', to: 'required' },
  return: { reason: 'required' },
  escalate: { reason: 'required' },
  resolve: { note: 'required', photos: 'required' },
  confirm: { rating: 'required', comment: 'optional' },
  reopen: { reason: 'required' },
  reject: { reason: 'required' },
  markDuplicate: { duplicateOf: 'required', note: 'optional' },
  assignDepartment: { department: 'required', deadline: 'required', note: 'optional' },
  urge: { note: 'optional' },
  autoClose: {},
  dispatch: { to: 'required', note: 'optional' },
  callback: { outcome: 'required', note: 'optional' },
  reclassify: { categoryKey: 'required', reason: 'required' },
}

type V = Record<string, unknown>
type Check<A extends ReportAction> = (v: V, f: Fields, now: number) => ActionInputs[A]

const reason = (v: V, f: Fields) =>
  text(v.reason, 'reason', f, { max: REASON_MAX, name: '原因', required: '请填写原因' })
const note = (v: V, f: Fields, required?: string) =>
  text(v.note, 'note', f, { max: NOTE_MAX, name: '说明', required })

function handlerRef(v: unknown, f: Fields): HandlerRef {
  const t = obj(v)
  if (
    (t.kind !== 'grid' && t.kind !== 'property') ||
    typeof t.id !== 'string' ||
    !ID_PATTERN.test(t.id)
  ) {
    f.to = '请选择转派到的网格或物业公司'
    return { kind: 'grid', id: '' }
  }
  return { kind: t.kind, id: t.id }
}

function deadline(v: unknown, f: Fields, now: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) f.deadline = '请选择办结期限'
  else if (v <= now) f.deadline = '办结期限须晚于现在'
  else if (v > addDays(now, DEPARTMENT_DAYS_MAX).getTime())
    f.deadline = `办结期限不能超过 ${DEPARTMENT_DAYS_MAX} 天`
  return v as number
}

const CHECKS: { [A in ReportAction]: Check<A> } = {
  accept: (v, f) => ({ note: note(v, f) }),
  note: (v, f) => ({
    note: note(v, f, '请填写办理进展'),
    photos: photoList(v.photos, 'photos', f, { min: 0, required: '' }),
  }),
  transfer: (v, f) => ({ reason: reason(v, f), to: handlerRef(v.to, f) }),
  return: (v, f) => ({ reason: reason(v, f) }),
  escalate: (v, f) => ({ reason: reason(v, f) }),
  resolve: (v, f) => ({
    note: note(v, f, '请填写办理结果'),
    photos: photoList(v.photos, 'photos', f, { min: 1, required: '请上传处理后的照片' }),
  }),
  confirm: (v, f) => {
    const r = v.rating
    if (typeof r !== 'number' || !Number.isInteger(r) || r < 1 || r > 5)
      f.rating = '请选择 1–5 星评分'
    const comment = text(v.comment, 'comment', f, { max: COMMENT_MAX, name: '评价' })
    return { rating: r as number, comment }
  },
  reopen: (v, f) => ({ reason: reason(v, f) }),
  reject: (v, f) => ({ reason: reason(v, f) }),
  markDuplicate: (v, f) => {
    const id = v.duplicateOf
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) f.duplicateOf = '请选择重复的那条报事'
    return { duplicateOf: id as string, note: note(v, f) }
  },
  assignDepartment: (v, f, now) => ({
    department: text(v.department, 'department', f, {
      max: DEPARTMENT_MAX,
      name: '部门名称',
      required: '请填写报到的部门',
    }),
    deadline: deadline(v.deadline, f, now),
    note: note(v, f),
  }),
  urge: (v, f) => ({ note: note(v, f) }),
  autoClose: () => ({}),
  dispatch: (v, f) => ({ to: handlerRef(v.to, f), note: note(v, f) }),
  callback: (v, f) => {
    const outcome = CALLBACK_OUTCOMES.find((o) => o.key === v.outcome)?.key
    if (!outcome) f.outcome = '请选择回访结果：满意、基本满意、不满意或未接通'
    return { outcome: outcome ?? 'unreached', note: note(v, f) }
  },
  reclassify: (v, f) => {
    if (!isCategoryKey(v.categoryKey)) f.categoryKey = '请选择新的问题类别'
    return { categoryKey: isCategoryKey(v.categoryKey) ? v.categoryKey : '', reason: reason(v, f) }
  },
}

/**
 * Checks and normalises the input of a transition action (texts trimmed, optional notes as '').
 * Throws INVALID_INPUT with a Chinese message per field: reason, note, photos, rating, comment,
 * to, duplicateOf, department, deadline. `now` (epoch ms) only matters for deadlines.
 */
export function validateActionInput<A extends ReportAction>(
  action: A,
  input: unknown,
  now: number,
): ActionInputs[A] {
  const check = Object.prototype.hasOwnProperty.call(CHECKS, action)
    ? (CHECKS[action] as Check<A>)
    : undefined
  if (!check) throw new AppError('UNKNOWN_ACTION', `暂不支持「${action}」`)
  const f: Fields = {}
  const out = check(obj(input), f, now)
  throwIfAny(f)
  return out
}

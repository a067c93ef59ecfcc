import { AppError } from '../errors'
import type { Role } from '../roles'

/**
 * The life of a certificate application: apply → review (approve, reject with a reason, or ask
 * for more material) → issued, and later perhaps revoked. A draft lives only on the phone and
 * never reaches the server, so it is not a state here. The server enforces this table; the app
 * reads it to show only the buttons that will work.
 */
export type ApplicationState = 'submitted' | 'needMaterial' | 'rejected' | 'approved' | 'revoked'

/** Every state with its Chinese label, as the applicant and the reviewer see it. */
export const APPLICATION_STATE_LABEL: Record<ApplicationState, string> = {
  submitted: '待审核',
  needMaterial: '待补充材料',
  rejected: '未通过',
  approved: '已出证',
  revoked: '已撤销',
}

/** States nothing leads out of. A rejected application can still be corrected and resubmitted. */
export const FINAL_APPLICATION_STATES: readonly ApplicationState[] = ['revoked']

export type ApplicationAction =
  | 'apply'
  | 'resubmit'
  | 'approve'
  | 'reject'
  | 'requestMaterial'
  | 'revoke'

/** Each action as a button says it. */
export const APPLICATION_ACTION_LABEL: Record<ApplicationAction, string> = {
  apply: '提交申请',
  resubmit: '修改后重新提交',
  approve: '审核通过并出证',
  reject: '不予通过',
  requestMaterial: '要求补充材料',
  revoke: '撤销证明',
}

/** One row: the action, the role allowed it, the states it starts from (null: none yet), the result. */
export type ApplicationRule = [
  ApplicationAction,
  Role,
  readonly (ApplicationState | null)[],
  ApplicationState,
]

/**
 * THE table. `resident` rows are further limited by the server to the applicant's own
 * applications; the office reviews every type (the catalogue's `reviewer`).
 */
export const APPLICATION_RULES: readonly ApplicationRule[] = [
  ['apply', 'resident', [null], 'submitted'],
  ['resubmit', 'resident', ['needMaterial', 'rejected'], 'submitted'],
  ['approve', 'office', ['submitted'], 'approved'],
  ['reject', 'office', ['submitted'], 'rejected'],
  ['requestMaterial', 'office', ['submitted'], 'needMaterial'],
  ['revoke', 'office', ['approved'], 'revoked'],
]

const ruleOf = (action: ApplicationAction, state: ApplicationState | null) =>
  APPLICATION_RULES.find(([a, , from]) => a === action && from.includes(state))

/** Whether `role` may do `action` to an application in `state` (null: not yet applied). */
export function canDo(
  role: Role,
  action: ApplicationAction,
  state: ApplicationState | null,
): boolean {
  return APPLICATION_RULES.some(
    ([a, r, from]) => a === action && r === role && from.includes(state),
  )
}

/** Where `action` leads from `state`, or null if it cannot be done there by anyone. */
export function next(
  action: ApplicationAction,
  state: ApplicationState | null,
): ApplicationState | null {
  return ruleOf(action, state)?.[3] ?? null
}

/** The actions `role` may take in `state`, in table order (for the buttons). */
export function allowedActions(role: Role, state: ApplicationState | null): ApplicationAction[] {
  return APPLICATION_RULES.filter(([, r, from]) => r === role && from.includes(state)).map(
    ([a]) => a,
  )
}

/**
 * The state after `action`, or throws: FORBIDDEN when the role may never do it, CONFLICT when
 * the application is no longer in a state that allows it (someone else got there first).
 */
export function assertCan(
  role: Role,
  action: ApplicationAction,
  state: ApplicationState | null,
): ApplicationState {
  if (!APPLICATION_RULES.some(([a, r]) => a === action && r === role))
    throw new AppError('FORBIDDEN')
  if (!canDo(role, action, state)) {
    const now = state ? `申请当前为“${APPLICATION_STATE_LABEL[state]}”，` : ''
    throw new AppError('CONFLICT', `${now}不能${APPLICATION_ACTION_LABEL[action]}`)
  }
  return next(action, state) as ApplicationState
}

/** The refusal when a reviewer would decide their own application. */
export const SELF_REVIEW = '不能审核本人的申请'

/** Someone acting on an application: their role and whether they are its applicant. */
export interface ApplicationCaller {
  openid: string
  role: Role
}

/**
 * The roles a caller acts in on one application. The applicant acts as `resident` (resubmit),
 * whatever their role; the office reviews — but never its own application (separation of duties:
 * a street-office clerk cannot approve the certificate they applied for).
 */
function rolesOn(caller: ApplicationCaller, applicantOpenid: string): Role[] {
  const own = !!caller.openid && caller.openid === applicantOpenid
  const out: Role[] = []
  if (own) out.push('resident')
  if (caller.role === 'office' && !own) out.push('office')
  return out
}

/** The buttons this caller gets on this application, in table order. */
export function actionsFor(
  caller: ApplicationCaller,
  applicantOpenid: string,
  state: ApplicationState | null,
): ApplicationAction[] {
  const roles = rolesOn(caller, applicantOpenid)
  return APPLICATION_RULES.filter(([, r, from]) => roles.includes(r) && from.includes(state)).map(
    ([a]) => a,
  )
}

/**
 * `assertCan` for a caller on one application: FORBIDDEN 不能审核本人的申请 when an office
 * clerk would review their own, FORBIDDEN when the caller's role on it may never do `action`,
 * CONFLICT when the state no longer allows it.
 */
export function assertMayAct(
  caller: ApplicationCaller,
  applicantOpenid: string,
  action: ApplicationAction,
  state: ApplicationState | null,
): ApplicationState {
  const roles = rolesOn(caller, applicantOpenid)
  const role = roles.find((r) => APPLICATION_RULES.some(([a, x]) => a === action && x === r))
  if (!role) {
    const reviewing = APPLICATION_RULES.some(([a, x]) => a === action && x === 'office')
    if (reviewing && caller.role === 'office') throw new AppError('FORBIDDEN', SELF_REVIEW)
    throw new AppError('FORBIDDEN')
  }
  return assertCan(role, action, state)
}

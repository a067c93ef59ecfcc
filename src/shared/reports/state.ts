import { AppError } from '../errors'
import type { Role } from '../roles'
import { beijingDay } from '../time'
import { actionLabel, REPORT_ACTIONS, type ReportAction } from './actions'
import {
  AWAITING_ACCEPT,
  IN_HAND,
  isReportState,
  OPEN_STATES as OPEN,
  stateLabel,
  WITH_HANDLER,
  WITH_OFFICE,
  type ReportState,
} from './states'

/**
 * Who acts on a report, by their relation to it rather than their role: only the reporter may
 * confirm, only the report's own handler may accept. `actorsOf` turns a caller into actors.
 */
export type Actor = 'reporter' | 'handler' | 'office' | 'district' | 'system'

/** Every actor. */
export const ACTORS: readonly Actor[] = ['reporter', 'handler', 'office', 'district', 'system']

/** How refusals name an actor. */
export const ACTOR_LABEL: Record<Actor, string> = {
  reporter: '报事人',
  handler: '承办的网格员或物业',
  office: '街道',
  district: '区级督办',
  system: '系统',
}

/** One row of the table: the action, who, the states it starts from, and where it leads. */
export type Rule = [ReportAction, Actor, readonly ReportState[], ReportState | 'same']

/** THE table: action × actor × from-states → next state ('same': stays). Anything else is refused. */
export const TRANSITIONS: readonly Rule[] = [
  ['accept', 'handler', AWAITING_ACCEPT, 'accepted'],
  ['note', 'handler', IN_HAND, 'same'],
  ['note', 'office', OPEN, 'same'],
  ['transfer', 'handler', WITH_HANDLER, 'transferred'],
  ['return', 'handler', WITH_HANDLER, 'returned'],
  ['escalate', 'handler', WITH_HANDLER, 'escalated'],
  // The timer blows the whistle on an overdue report that is still with its handler.
  ['escalate', 'system', WITH_HANDLER, 'escalated'],
  ['resolve', 'handler', IN_HAND, 'resolved'],
  ['resolve', 'office', WITH_OFFICE, 'resolved'],
  ['confirm', 'reporter', ['resolved'], 'closed'],
  ['reopen', 'reporter', ['resolved'], 'reopened'],
  // Once a handler has accepted, the office can no longer refuse the report over their head.
  ['reject', 'office', ['submitted', 'transferred', 'returned', 'escalated'], 'rejected'],
  ['markDuplicate', 'office', OPEN, 'duplicate'],
  ['assignDepartment', 'office', WITH_OFFICE, 'assigned'],
  ['dispatch', 'office', [...AWAITING_ACCEPT, ...WITH_OFFICE], 'transferred'],
  ['urge', 'office', [...WITH_HANDLER, 'assigned'], 'same'],
  // The district reads every street and urges (督办) one; it handles nothing (issue 20).
  ['urge', 'district', [...WITH_HANDLER, 'assigned'], 'same'],
  ['autoClose', 'system', ['resolved'], 'closed'],
  // 回访: the call after 办结 (before or after the resident's own word); it changes no state.
  ['callback', 'handler', ['resolved', 'closed'], 'same'],
  ['callback', 'office', ['resolved', 'closed'], 'same'],
  // 更改类别: while the report is open. When the new category is one the current handler's kind
  // does not take, the step is a 派单 as well and only where 派单 is allowed (reclassify.ts).
  ['reclassify', 'office', OPEN, 'same'],
]

function rule(state: string, action: string, actor: Actor): Rule | undefined {
  if (!isReportState(state)) return undefined
  return TRANSITIONS.find(([a, who, from]) => a === action && who === actor && from.includes(state))
}

/** True when `actor` may take `action` on a report in `state`. */
export function canDo(state: string, action: string, actor: Actor): boolean {
  return rule(state, action, actor) !== undefined
}

function refusal(state: string, action: string): AppError {
  const others = ACTORS.filter((a) => canDo(state, action, a))
  if (others.length) {
    const who = others.map((a) => ACTOR_LABEL[a]).join('或')
    return new AppError('FORBIDDEN', `只有${who}可以${actionLabel(action)}`)
  }
  return new AppError('CONFLICT', `报事当前为「${stateLabel(state)}」，不能${actionLabel(action)}`)
}

/**
 * The state after `action`, or an AppError in Chinese: FORBIDDEN when someone else could do it
 * now (只有报事人可以确认并评价), CONFLICT when nobody could in this state (the report moved on).
 */
export function nextState(state: string, action: string, actor: Actor): ReportState {
  const r = rule(state, action, actor)
  if (!r) throw refusal(state, action)
  return r[3] === 'same' ? (state as ReportState) : r[3]
}

/** The refusal when the reporter would act as the handler of their own report. */
export const SELF_HANDLING = '不能办理本人提交的报事'

/**
 * Separation of duties: whoever filed a report never acts as its handler on it — otherwise a grid
 * worker could file in their own grid, handle it and rate it 5★ (ratings feed the figures).
 * The reporter keeps their reporter's actions (confirm, reopen); the office still dispatches it.
 */
function duties(actors: readonly Actor[]): readonly Actor[] {
  return actors.includes('reporter') ? actors.filter((a) => a !== 'handler') : actors
}

/**
 * For a caller who may be several actors at once (an office clerk who filed a report): the first
 * actor allowed and the next state, or the same errors as `nextState` — and FORBIDDEN
 * 不能办理本人提交的报事 when only the handler's role, which the reporter may not take, would do.
 */
export function authorize(
  state: string,
  action: string,
  actors: readonly Actor[],
): { actor: Actor; next: ReportState } {
  const allowed = duties(actors)
  const actor = allowed.find((a) => canDo(state, action, a))
  if (!actor) {
    if (actors.includes('handler') && canDo(state, action, 'handler'))
      throw new AppError('FORBIDDEN', SELF_HANDLING)
    throw refusal(state, action)
  }
  return { actor, next: nextState(state, action, actor) }
}

/** What an actor (or a caller with several) may do now: the app shows exactly these buttons. */
export function allowedActions(state: string, actor: Actor | readonly Actor[]): ReportAction[] {
  const actors = duties(typeof actor === 'string' ? [actor] : actor)
  return REPORT_ACTIONS.filter((a) => actors.some((who) => canDo(state, a, who)))
}

/** The parts of a report that decide who its reporter and handler are. */
export interface ReportParties {
  reporterOpenid: string
  /** The grid or company handling it now (`id`: the grid's or the company's id). */
  handler: { kind: 'grid' | 'property'; id: string }
}

/**
 * A stand-in (代班): a grid worker holding another worker's grid while that worker is on leave,
 * named by the office for Beijing days `from`–`to` inclusive. Kept on the stand-in's user row.
 */
export interface StandIn {
  gridId: string
  /** YYYY-MM-DD, Beijing. */
  from: string
  to: string
}

/** True while `now` falls on a Beijing day within the stand-in's period. */
export function standInActive(s: StandIn | null | undefined, now: Date): s is StandIn {
  if (!s?.gridId) return false
  const day = beijingDay(now)
  return s.from <= day && day <= s.to
}

/**
 * A caller as the server knows them: the role and the current assignment from their user row,
 * and the clock (a stand-in holds a grid only during its period; without a clock, never).
 */
export interface ReportCaller {
  openid: string
  role: Role
  user?: { gridId?: string; companyId?: string; standIn?: StandIn | null } | null
  now?: () => Date
}

/** The grids a grid worker holds now: their own, and one they stand in for today. */
export function heldGrids(caller: ReportCaller): string[] {
  if (caller.role !== 'grid_worker' || !caller.user) return []
  const out = caller.user.gridId ? [caller.user.gridId] : []
  const s = caller.user.standIn
  if (caller.now && standInActive(s, caller.now()) && !out.includes(s.gridId)) out.push(s.gridId)
  return out
}

/**
 * True when the caller works for the report's handler NOW: the grid worker whose assignment is
 * that grid, staff of that property company. Decided from the caller's current user row when
 * they act, never from the staff list copied into the report when it came in — a retired or
 * moved worker loses their old grid's reports at once, a newly invited one gets them; a stand-in
 * holds the grid on the days of their period only.
 */
export function isCurrentHandler(caller: ReportCaller, handler: ReportParties['handler']): boolean {
  if (!caller.openid || !handler.id) return false
  if (handler.kind === 'grid') return heldGrids(caller).includes(handler.id)
  return caller.role === 'property_staff' && caller.user?.companyId === handler.id
}

/**
 * The actors a caller is for one report, from the role, OPENID and assignment the server knows:
 * the reporter (any role may file a report), its handler's current staff, the office. `system`
 * is never a caller: only the timer acts as it. The reporter's handler role is then barred by
 * `authorize` and `allowedActions` (separation of duties).
 */
export function actorsOf(caller: ReportCaller, report: ReportParties): Actor[] {
  const out: Actor[] = []
  if (!caller.openid) return out
  if (caller.openid === report.reporterOpenid) out.push('reporter')
  if (isCurrentHandler(caller, report.handler)) out.push('handler')
  if (caller.role === 'office') out.push('office')
  if (caller.role === 'district') out.push('district')
  return out
}

import { AppError } from '../errors'
import type { Role } from '../roles'
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
export type Actor = 'reporter' | 'handler' | 'office' | 'system'

/** Every actor. */
export const ACTORS: readonly Actor[] = ['reporter', 'handler', 'office', 'system']

/** How refusals name an actor. */
export const ACTOR_LABEL: Record<Actor, string> = {
  reporter: '报事人',
  handler: '承办的网格员或物业',
  office: '街道',
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
  ['autoClose', 'system', ['resolved'], 'closed'],
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

/**
 * For a caller who may be several actors at once (a grid worker reporting in their own grid):
 * the first actor allowed and the next state, or the same errors as `nextState`.
 */
export function authorize(
  state: string,
  action: string,
  actors: readonly Actor[],
): { actor: Actor; next: ReportState } {
  const actor = actors.find((a) => canDo(state, action, a))
  if (!actor) throw refusal(state, action)
  return { actor, next: nextState(state, action, actor) }
}

/** What an actor (or a caller with several) may do now: the app shows exactly these buttons. */
export function allowedActions(state: string, actor: Actor | readonly Actor[]): ReportAction[] {
  const actors: readonly Actor[] = typeof actor === 'string' ? [actor] : actor
  return REPORT_ACTIONS.filter((a) => actors.some((who) => canDo(state, a, who)))
}

/** The parts of a report that decide who its reporter and handler are. */
export interface ReportParties {
  reporterOpenid: string
  handler: { kind: 'grid' | 'property'; staffOpenids?: readonly string[] }
}

/**
 * The actors a caller is for one report, from the role and OPENID the server knows: the reporter
 * (any role may file a report), its handler's staff (grid worker for a grid report, property staff
 * for a property report), the office. `system` is never a caller: only the timer acts as it.
 */
export function actorsOf(caller: { openid: string; role: Role }, report: ReportParties): Actor[] {
  const out: Actor[] = []
  if (!caller.openid) return out
  if (caller.openid === report.reporterOpenid) out.push('reporter')
  const kind =
    caller.role === 'grid_worker' ? 'grid' : caller.role === 'property_staff' ? 'property' : null
  if (kind === report.handler.kind && report.handler.staffOpenids?.includes(caller.openid))
    out.push('handler')
  if (caller.role === 'office') out.push('office')
  return out
}

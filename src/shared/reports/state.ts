import { AppError } from '../errors'

/**
 * The closed loop of a report (受理 → 办理 → 办结 → 回访/评价), with transfer, return to the
 * street office, escalation (吹哨) and department assignment (部门报到) on the way.
 */
export type ReportState =
  | 'submitted'
  | 'transferred'
  | 'returned'
  | 'escalated'
  | 'assigned'
  | 'accepted'
  | 'reopened'
  | 'resolved'
  | 'closed'
  | 'rejected'
  | 'duplicate'

interface StateInfo {
  label: string
  /** What the resident sees on 我的报事. */
  tag: string
  /** FixMyStreet's grouping: still to do, fixed (waiting for the resident), finished. */
  group: 'open' | 'fixed' | 'closed'
}

export const STATES: Record<ReportState, StateInfo> = {
  submitted: { label: '待受理', tag: '待受理', group: 'open' },
  transferred: { label: '已转派', tag: '待受理', group: 'open' },
  returned: { label: '已退回街道', tag: '处理中', group: 'open' },
  escalated: { label: '已吹哨', tag: '处理中', group: 'open' },
  assigned: { label: '部门报到', tag: '处理中', group: 'open' },
  accepted: { label: '已受理', tag: '处理中', group: 'open' },
  reopened: { label: '重新办理', tag: '处理中', group: 'open' },
  resolved: { label: '已办结(待确认)', tag: '已办结', group: 'fixed' },
  closed: { label: '已评价', tag: '已评价', group: 'closed' },
  rejected: { label: '不予受理', tag: '不予受理', group: 'closed' },
  duplicate: { label: '已合并', tag: '已合并', group: 'closed' },
}

export function isReportState(s: unknown): s is ReportState {
  return typeof s === 'string' && s in STATES
}

export function statusTag(state: string): string {
  return isReportState(state) ? STATES[state].tag : state
}

export function isOpenState(state: string): boolean {
  return isReportState(state) && STATES[state].group === 'open'
}

/** The handler's inbox tabs: to accept, in hand, finished. */
export type InboxTab = 'pending' | 'active' | 'done'
export const INBOX_TABS: Record<InboxTab, readonly ReportState[]> = {
  pending: ['submitted', 'transferred'],
  active: ['accepted', 'reopened', 'escalated', 'assigned', 'returned'],
  done: ['resolved', 'closed', 'rejected', 'duplicate'],
}

export type ReportAction =
  | 'create'
  | 'follow'
  | 'accept'
  | 'note'
  | 'transfer'
  | 'return'
  | 'escalate'
  | 'resolve'
  | 'confirm'
  | 'reopen'
  | 'reject'
  | 'markDuplicate'
  | 'assignDepartment'
  | 'urge'
  | 'autoClose'
  | 'dispatch'
  | 'overdue'

export const ACTION_LABEL: Record<ReportAction, string> = {
  create: '提交报事',
  follow: '也遇到了',
  accept: '受理',
  note: '办理进展',
  transfer: '转派',
  return: '退回街道',
  escalate: '吹哨上报',
  resolve: '办结',
  confirm: '确认并评价',
  reopen: '重新办理',
  reject: '不予受理',
  markDuplicate: '合并为重复',
  assignDepartment: '部门报到',
  urge: '督办',
  autoClose: '自动办结（回访无回复）',
  dispatch: '派单',
  overdue: '超时',
}

export function actionLabel(action: string): string {
  return (ACTION_LABEL as Record<string, string>)[action] ?? action
}

/** Who acts: the reporter, the report's handler (grid worker or property staff), the office, the timer. */
export type Actor = 'reporter' | 'handler' | 'office' | 'system'

const OPEN: ReportState[] = [
  'submitted',
  'transferred',
  'returned',
  'escalated',
  'assigned',
  'accepted',
  'reopened',
]
type Rule = [ReportAction, Actor, ReportState[], ReportState | 'same']

/** THE table: action × actor × from-states → next state. Anything not here is refused. */
export const TRANSITIONS: Rule[] = [
  ['accept', 'handler', ['submitted', 'transferred'], 'accepted'],
  ['note', 'handler', ['accepted', 'reopened'], 'same'],
  ['note', 'office', OPEN, 'same'],
  ['transfer', 'handler', ['submitted', 'transferred', 'accepted'], 'transferred'],
  ['return', 'handler', ['submitted', 'transferred', 'accepted', 'reopened'], 'returned'],
  ['escalate', 'handler', ['submitted', 'transferred', 'accepted', 'reopened'], 'escalated'],
  ['escalate', 'system', ['submitted', 'transferred', 'accepted', 'reopened'], 'escalated'],
  ['resolve', 'handler', ['accepted', 'reopened'], 'resolved'],
  ['resolve', 'office', ['returned', 'escalated', 'assigned'], 'resolved'],
  ['confirm', 'reporter', ['resolved'], 'closed'],
  ['reopen', 'reporter', ['resolved'], 'reopened'],
  ['reject', 'office', ['submitted', 'transferred', 'returned', 'escalated'], 'rejected'],
  ['markDuplicate', 'office', OPEN, 'duplicate'],
  ['assignDepartment', 'office', ['returned', 'escalated'], 'assigned'],
  ['dispatch', 'office', ['submitted', 'transferred', 'returned', 'escalated'], 'transferred'],
  ['urge', 'office', ['submitted', 'transferred', 'accepted', 'reopened', 'assigned'], 'same'],
  ['autoClose', 'system', ['resolved'], 'closed'],
]

function rule(state: string, action: string, actor: Actor): Rule | undefined {
  return TRANSITIONS.find(
    ([a, who, from]) => a === action && who === actor && from.includes(state as ReportState),
  )
}

export function canDo(state: string, action: string, actor: Actor): boolean {
  return rule(state, action, actor) !== undefined
}

/** The next state, or a CONFLICT error saying in Chinese why not. */
export function nextState(state: string, action: string, actor: Actor): ReportState {
  const r = rule(state, action, actor)
  if (!r) {
    const label = isReportState(state) ? STATES[state].label : state
    throw new AppError('CONFLICT', `报事当前为「${label}」，不能${actionLabel(action)}`)
  }
  return r[3] === 'same' ? (state as ReportState) : r[3]
}

/** What an actor may do now: the app shows exactly these buttons. */
export function allowedActions(state: string, actor: Actor): ReportAction[] {
  return [
    ...new Set(
      TRANSITIONS.filter(
        ([, who, from]) => who === actor && from.includes(state as ReportState),
      ).map(([a]) => a),
    ),
  ]
}

/**
 * The states of a report's closed loop (受理 → 办理 → 办结 → 回访/评价), with transfer, return to
 * the street office, escalation (吹哨) and department assignment (部门报到) on the way. What may
 * move a report between them is decided in state.ts, nowhere else.
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

/** FixMyStreet's grouping: still to do, fixed (waiting for the resident), finished. */
export type StateGroup = 'open' | 'fixed' | 'closed'

/** How a state is shown and grouped. */
export interface StateInfo {
  /** What staff see: precise (已退回街道, 已吹哨, 部门报到 …). */
  label: string
  /** What the resident sees on 我的报事: one of a few plain tags. */
  tag: string
  group: StateGroup
}

/** Every state with its labels and group. */
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

/** Every state, in the order of the loop. */
export const REPORT_STATES = Object.keys(STATES) as ReportState[]

/** True for a known state (stored documents are checked before they are trusted). */
export function isReportState(s: unknown): s is ReportState {
  return typeof s === 'string' && Object.prototype.hasOwnProperty.call(STATES, s)
}

/** The staff label of a state, or the raw value for one this version does not know. */
export function stateLabel(state: string): string {
  return isReportState(state) ? STATES[state].label : state
}

/**
 * The resident-facing tag. A report closed by the timer (no answer from the resident) was never
 * rated, so it reads 已办结 rather than 已评价: pass `rated: false` for it.
 */
export function statusTag(state: string, rated = true): string {
  if (state === 'closed' && !rated) return '已办结'
  return isReportState(state) ? STATES[state].tag : state
}

/** The FixMyStreet group of a state; an unknown state counts as open so nobody forgets it. */
export function stateGroup(state: string): StateGroup {
  return isReportState(state) ? STATES[state].group : 'open'
}

/** Still someone's to do (time limits run, 也遇到了 is offered). */
export function isOpenState(state: string): boolean {
  return isReportState(state) && STATES[state].group === 'open'
}

/** The handler's inbox tabs: to accept, in hand, finished. */
export type InboxTab = 'pending' | 'active' | 'done'

/** Which states each inbox tab lists; together they cover every state exactly once. */
export const INBOX_TABS: Record<InboxTab, readonly ReportState[]> = {
  pending: ['submitted', 'transferred'],
  active: ['accepted', 'reopened', 'escalated', 'assigned', 'returned'],
  done: ['resolved', 'closed', 'rejected', 'duplicate'],
}

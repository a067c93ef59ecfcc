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

/** Which time limit runs: to accept (before acceptance) or to resolve (after). */
export type ClockKind = 'accept' | 'resolve'

/** How a state is shown and grouped. */
export interface StateInfo {
  /** What staff see: precise (已退回街道, 已吹哨, 部门报到 …). */
  label: string
  /** What the resident sees on 我的报事: one of a few plain tags. */
  tag: string
  group: StateGroup
  /** Whose desk an open report is on: its handler's, or the street office's. */
  with: 'handler' | 'office' | null
  /** The time limit that runs in this state, if any (the timer reminds and escalates on it). */
  clock: ClockKind | null
}

/**
 * Every state with its labels and groups: THE one place that says which states are open, with
 * the handler, with the office, and which clock runs. Every list of states derives from here.
 */
export const STATES: Record<ReportState, StateInfo> = {
  submitted: { label: '待受理', tag: '待受理', group: 'open', with: 'handler', clock: 'accept' },
  transferred: { label: '已转派', tag: '待受理', group: 'open', with: 'handler', clock: 'accept' },
  returned: { label: '已退回街道', tag: '处理中', group: 'open', with: 'office', clock: null },
  // Nobody accepted it: the resident and the worker must not read 处理中 (issue 16).
  escalated: {
    label: '已吹哨',
    tag: '已吹哨，街道督办中',
    group: 'open',
    with: 'office',
    clock: null,
  },
  assigned: { label: '部门报到', tag: '处理中', group: 'open', with: 'office', clock: null },
  accepted: { label: '已受理', tag: '处理中', group: 'open', with: 'handler', clock: 'resolve' },
  reopened: { label: '重新办理', tag: '处理中', group: 'open', with: 'handler', clock: 'resolve' },
  resolved: { label: '已办结(待确认)', tag: '已办结', group: 'fixed', with: null, clock: null },
  closed: { label: '已评价', tag: '已评价', group: 'closed', with: null, clock: null },
  rejected: { label: '不予受理', tag: '不予受理', group: 'closed', with: null, clock: null },
  duplicate: { label: '已合并', tag: '已合并', group: 'closed', with: null, clock: null },
}

/** Every state, in the order of the loop. */
export const REPORT_STATES = Object.keys(STATES) as ReportState[]

const where = (test: (i: StateInfo) => boolean): readonly ReportState[] =>
  REPORT_STATES.filter((s) => test(STATES[s]))

/** Still someone's to do (time limits run, 也遇到了 is offered, a grid can't retire). */
export const OPEN_STATES = where((i) => i.group === 'open')
/** Fixed: waiting for the resident to confirm or reopen. */
export const FIXED_STATES = where((i) => i.group === 'fixed')
/** Finished: rated or closed by the timer, refused, merged. */
export const CLOSED_STATES = where((i) => i.group === 'closed')
/** With the handler: before and after acceptance. */
export const WITH_HANDLER = where((i) => i.with === 'handler')
/** With the street office: returned, escalated, or out with a department it assigned. */
export const WITH_OFFICE = where((i) => i.with === 'office')
/** Waiting to be accepted (the accept clock runs). */
export const AWAITING_ACCEPT = where((i) => i.clock === 'accept')
/** Accepted and being handled (the resolve clock runs). */
export const IN_HAND = where((i) => i.clock === 'resolve')
/** Some clock runs: the timer looks at these. */
export const CLOCKED_STATES = where((i) => i.clock !== null)

/** The clock that runs in `state`, or null (with the office, resolved, finished, unknown). */
export function clockKind(state: string): ClockKind | null {
  return isReportState(state) ? STATES[state].clock : null
}

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
  return (OPEN_STATES as readonly string[]).includes(state)
}

/** The handler's inbox tabs: to accept, in hand, finished. */
export type InboxTab = 'pending' | 'active' | 'done'

/** Which states each inbox tab lists; together they cover every state exactly once. */
export const INBOX_TABS: Record<InboxTab, readonly ReportState[]> = {
  pending: AWAITING_ACCEPT,
  active: OPEN_STATES.filter((s) => !AWAITING_ACCEPT.includes(s)),
  done: [...FIXED_STATES, ...CLOSED_STATES],
}

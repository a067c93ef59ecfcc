/**
 * What can happen to a report. `ReportAction` is a transition (it goes through the table in
 * state.ts); `EventKind` adds what only appears on the timeline.
 */
export type ReportAction =
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
  | 'callback'
  | 'reclassify'

/** Every transition action. */
export const REPORT_ACTIONS: readonly ReportAction[] = [
  'accept',
  'note',
  'transfer',
  'return',
  'escalate',
  'resolve',
  'confirm',
  'reopen',
  'reject',
  'markDuplicate',
  'assignDepartment',
  'urge',
  'autoClose',
  'dispatch',
  'callback',
  'reclassify',
]

/** A timeline entry's kind: a transition, or filing, 也遇到了, the timer's reminder and overdue mark. */
export type EventKind = ReportAction | 'create' | 'follow' | 'remind' | 'overdue'

/** The Chinese name of each action, for buttons and the timeline. */
export const ACTION_LABEL: Record<EventKind, string> = {
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
  callback: '回访',
  reclassify: '更改类别',
  remind: '限时提醒',
  overdue: '超时',
}

/** True for a transition action. */
export function isReportAction(a: unknown): a is ReportAction {
  return typeof a === 'string' && (REPORT_ACTIONS as readonly string[]).includes(a)
}

/** The label of an action, or the raw value for one this version does not know. */
export function actionLabel(action: string): string {
  return Object.prototype.hasOwnProperty.call(ACTION_LABEL, action)
    ? ACTION_LABEL[action as EventKind]
    : action
}

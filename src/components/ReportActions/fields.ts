/**
 * How each action's button and boxes look. Which fields a form has is not decided here: it comes
 * from the shared ACTION_FIELDS (see ReportActionsStore).
 */

/** Red buttons for the ones that turn a resident away or hand the work on. */
export const DANGER: ReadonlySet<string> = new Set(['return', 'escalate', 'reopen', 'reject'])

/** The placeholder of the reason box, per action. */
export const REASON_HINT: Record<string, string> = {
  transfer: '转派原因，如：属于第二网格',
  return: '退回街道的原因',
  escalate: '需要街道协调的原因（吹哨）',
  reopen: '问题还在吗？请说明情况',
  reject: '不予受理的原因（居民可见）',
  reclassify: '更改类别的原因，如：现场核实为管道堵塞',
}

/** The label of the photo grid, per action (照片 otherwise). */
export const PHOTO_LABEL: Record<string, string> = {
  resolve: '处理后照片',
  note: '现场照片（可选）',
}

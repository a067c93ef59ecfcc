/** What each action asks for in its form, and how its button looks. */
export interface ActionForm {
  reason?: boolean
  note?: 'required' | 'optional'
  photos?: boolean
  rating?: boolean
  to?: boolean
  duplicateOf?: boolean
  department?: boolean
  /** Red buttons for the ones that turn a resident away or hand the work on. */
  danger?: boolean
}

export const FORMS: Record<string, ActionForm> = {
  accept: { note: 'optional' },
  note: { note: 'required' },
  transfer: { reason: true, to: true },
  return: { reason: true, danger: true },
  escalate: { reason: true, danger: true },
  resolve: { note: 'required', photos: true },
  confirm: { rating: true, note: 'optional' },
  reopen: { reason: true, danger: true },
  reject: { reason: true, danger: true },
  markDuplicate: { duplicateOf: true, note: 'optional' },
  assignDepartment: { department: true, note: 'optional' },
  urge: { note: 'optional' },
  dispatch: { to: true, note: 'optional' },
}

/** The placeholder of the reason box, per action. */
export const REASON_HINT: Record<string, string> = {
  transfer: '转派原因，如：属于第二网格',
  return: '退回街道的原因',
  escalate: '需要街道协调的原因（吹哨）',
  reopen: '问题还在吗？请说明情况',
  reject: '不予受理的原因（居民可见）',
}

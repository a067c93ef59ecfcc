import type { ReportEventView } from '../contracts/report'
import { formatBeijing } from '../time'
import { actionLabel, type EventKind } from './actions'

/** How one kind of timeline event reads, beside who did it and when. */
export interface LineSpec {
  /** What happened (the action's name). */
  label: string
  /** What happened when the timer did it (no person acted). */
  systemLabel?: string
  /** The heading of the event's reason (原因): stored for refusals and hand-overs. */
  reasonLabel: string
  /** The heading of its note (办理结果, 督办意见 …). */
  noteLabel: string
}

const line = (kind: EventKind, reasonLabel = '原因', noteLabel = '说明', systemLabel?: string) => ({
  label: actionLabel(kind),
  reasonLabel,
  noteLabel,
  ...(systemLabel ? { systemLabel } : {}),
})

/**
 * THE mapping from a timeline event's kind to the line shown, for the server's view and the
 * app's timeline alike. Every kind has a heading for a reason and a note: whatever was stored
 * with an event is shown to everyone entitled to the report, never dropped.
 */
export const TIMELINE: Record<EventKind, LineSpec> = {
  create: line('create'),
  follow: line('follow'),
  accept: line('accept', '原因', '受理说明'),
  note: line('note', '原因', '进展'),
  transfer: line('transfer', '转派原因'),
  return: line('return', '退回原因'),
  escalate: line('escalate', '上报原因', '说明', '超时自动吹哨上报'),
  resolve: line('resolve', '原因', '办理结果'),
  confirm: line('confirm', '原因', '评价'),
  reopen: line('reopen', '重新办理原因'),
  reject: line('reject', '不予受理原因'),
  markDuplicate: line('markDuplicate'),
  assignDepartment: line('assignDepartment'),
  urge: line('urge', '原因', '督办意见'),
  autoClose: line('autoClose'),
  dispatch: line('dispatch', '原因', '派单说明'),
  callback: line('callback', '回访结果', '回访记录'),
  reclassify: line('reclassify', '更改原因', '类别'),
  remind: line('remind'),
  overdue: line('overdue'),
}

/** The parts of a timeline event the line is made from (a ReportEventView or a stored event). */
export type TimelineEventLike = Omit<ReportEventView, 'at' | 'label'> & { at: string | Date }

/** One line of the timeline as shown: what, who, when (Beijing), then reason, note, rating. */
export interface TimelineLine {
  title: string
  by: string
  at: string
  details: Array<{ label: string; text: string }>
  photos: string[]
}

const FALLBACK = (kind: string): LineSpec => ({
  label: actionLabel(kind),
  reasonLabel: '原因',
  noteLabel: '说明',
})

/** The line spec of a kind, or a plain one for a kind this version does not know. */
export function lineSpec(kind: string): LineSpec {
  return Object.prototype.hasOwnProperty.call(TIMELINE, kind)
    ? TIMELINE[kind as EventKind]
    : FALLBACK(kind)
}

/** The title of an event: the timer's own wording where the kind has one. */
export function eventTitle(kind: string, system = false): string {
  const spec = lineSpec(kind)
  return system && spec.systemLabel ? spec.systemLabel : spec.label
}

const stars = (n: number) => '★★★★★'.slice(0, n) + '☆☆☆☆☆'.slice(0, 5 - n)

/** The line an event shows: used by the app's timeline, tested for every kind of the table. */
export function timelineLine(e: TimelineEventLike): TimelineLine {
  const spec = lineSpec(e.action)
  const details: TimelineLine['details'] = []
  if (e.forWhom) details.push({ label: '代报对象', text: e.forWhom })
  if (e.reason) details.push({ label: spec.reasonLabel, text: e.reason })
  if (e.note) details.push({ label: spec.noteLabel, text: e.note })
  if (typeof e.rating === 'number' && e.rating >= 1 && e.rating <= 5)
    details.push({ label: '评分', text: stars(e.rating) })
  return {
    title: e.forWhom ? '代居民提交报事' : eventTitle(e.action, e.system),
    by: e.by,
    at: formatBeijing(e.at),
    details,
    photos: e.photos ?? [],
  }
}

import type { ReportDetail, ReportEventView, ReportSummary } from '../../shared/contracts/report'
import { ROLE_LABEL, type Role } from '../../shared/roles'
import {
  actionLabel,
  actorsOf,
  allowedActions,
  categoryLabel,
  clockKind,
  statusTag,
} from '../../shared/reports'
import type { StoredEvent, StoredReport } from './model'

/** The deadline of the clock that runs now: to accept before acceptance, to resolve after. */
function runningDeadline(r: StoredReport): string | null {
  const kind = clockKind(r.state)
  const d =
    kind === 'accept' ? r.deadlines.acceptBy : kind === 'resolve' ? r.deadlines.resolveBy : null
  return d ? new Date(d).toISOString() : null
}

/** What a viewer may see of a report is decided here, once, for every action that returns one. */
export interface Viewer {
  openid: string
  role: Role
}

/** The reporter's name and phone go to the handler and the office only. */
export function seesReporter(r: StoredReport, v: Viewer): boolean {
  return v.role === 'office' || r.handler.staffOpenids.includes(v.openid)
}

export function toSummary(r: StoredReport, v: Viewer): ReportSummary {
  return {
    id: r._id,
    no: r.no,
    target: r.target,
    categoryKey: r.categoryKey,
    categoryLabel: categoryLabel(r.categoryKey),
    description: r.description.length > 80 ? `${r.description.slice(0, 79)}…` : r.description,
    state: r.state,
    statusTag: statusTag(r.state, !!r.rating),
    urgency: r.urgency,
    placeLabel: r.place.label,
    handlerName: r.handler.name,
    cover: r.photos[0] ?? null,
    followers: r.followers.length,
    createdAt: r.createdAt.toISOString(),
    mine: r.reporterOpenid === v.openid,
    deadline: runningDeadline(r),
    overdue: !!(r as { overdue?: boolean }).overdue,
  }
}

function eventView(e: StoredEvent, r: StoredReport, v: Viewer): ReportEventView {
  const staff = e.byRole !== 'resident' && e.byRole !== 'system'
  // Residents see staff by role and name (they may call them); other residents only as 居民.
  const by =
    e.byRole === 'system'
      ? '系统'
      : staff
        ? `${ROLE_LABEL[e.byRole]} ${e.byName}`.trim()
        : e.byOpenid === v.openid
          ? '我'
          : seesReporter(r, v)
            ? `居民 ${e.byName}`.trim()
            : '居民'
  return {
    at: e.at.toISOString(),
    action: e.action,
    label: actionLabel(e.action),
    by,
    note: e.note,
    photos: e.photos,
  }
}

export function toDetail(r: StoredReport, v: Viewer): ReportDetail {
  const { kind, name, contactName, contactPhone } = r.handler
  return {
    ...toSummary(r, v),
    description: r.description,
    photos: r.photos,
    handler: { kind, name, contactName, contactPhone },
    deadlines: {
      acceptBy: r.deadlines.acceptBy.toISOString(),
      resolveBy: r.deadlines.resolveBy.toISOString(),
    },
    events: r.events.map((e) => eventView(e, r, v)),
    ...(seesReporter(r, v) ? { reporter: r.reporter } : {}),
    version: r.version,
    actions: allowedActions(r.state, actorsOf(v, r)),
    ...(r.rating ? { rating: { score: r.rating.score, comment: r.rating.comment } } : {}),
    ...(r.department
      ? {
          department: {
            name: r.department.name,
            deadline: new Date(r.department.deadline).toISOString(),
          },
        }
      : {}),
  }
}

import type { ReportDetail, ReportEventView, ReportSummary } from '../../shared/contracts/report'
import { reveal, sees, type Relation } from '../../shared/privacy'
import { ROLE_LABEL } from '../../shared/roles'
import {
  actorsOf,
  allowedActions,
  CALLBACK_OUTCOMES,
  categoryLabel,
  clockKind,
  eventTitle,
  statusTag,
} from '../../shared/reports'
import { relationsTo, type Viewer } from './access'
import type { StoredEvent, StoredReport } from './model'
import { shownFiles } from '../media-check'

export type { Viewer } from './access'

/** The deadline of the clock that runs now: to accept before acceptance, to resolve after. */
function runningDeadline(r: StoredReport): string | null {
  const kind = clockKind(r.state)
  const d =
    kind === 'accept' ? r.deadlines.acceptBy : kind === 'resolve' ? r.deadlines.resolveBy : null
  return d ? new Date(d).toISOString() : null
}

/**
 * The place at building level, for viewers not entitled to the room (src/shared/privacy.ts).
 * Reports stored before `place.area` existed: the building is the label's first part (routing.ts
 * joins building, unit and room with spaces); a typed address gives way to the handler's name.
 */
export function areaOf(r: StoredReport): string {
  if (r.place.area) return r.place.area
  return r.location.kind === 'address' ? r.place.label.split(' ')[0] : r.handler.name
}

function placeFor(r: StoredReport, rel: readonly Relation[]): string {
  return sees('roomAddress', rel) ? r.place.label : areaOf(r)
}

/** What a viewer may see of a report is decided here, once, for every action that returns one. */
export function toSummary(r: StoredReport, v: Viewer): ReportSummary {
  const rel = relationsTo(r, v)
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
    placeLabel: placeFor(r, rel),
    handlerName: r.handler.name,
    cover: shownFiles(r.photos, r.hiddenFiles, rel.includes('office'))[0] ?? null,
    followers: r.followers.length,
    createdAt: r.createdAt.toISOString(),
    mine: r.reporterOpenid === v.openid,
    deadline: runningDeadline(r),
    overdue: !!(r as { overdue?: boolean }).overdue,
    version: r.version,
    // The desk's 满意度 column: the office reads every rating; lists of others never carry it.
    ...(rel.includes('office') && r.rating ? { stars: r.rating.score } : {}),
  }
}

function eventView(
  e: StoredEvent,
  r: StoredReport,
  v: Viewer,
  rel: readonly Relation[],
): ReportEventView {
  const staff = e.byRole !== 'resident' && e.byRole !== 'system'
  // Staff by role and name (residents may call them); residents by name only where entitled.
  // A follower's name is theirs, not the reporter's: owning the report gives no right to it.
  const about = e.byOpenid === r.reporterOpenid ? rel : rel.filter((x) => x !== 'owner')
  const resident = reveal('residentName', about, e.byName)
  const by =
    e.byRole === 'system'
      ? '系统'
      : staff
        ? `${ROLE_LABEL[e.byRole]} ${e.byName}`.trim()
        : e.byOpenid === v.openid
          ? '我'
          : `居民 ${resident}`.trim()
  const system = e.byRole === 'system'
  return {
    at: e.at.toISOString(),
    action: e.action,
    label: eventTitle(e.action, system),
    by,
    ...(system ? { system } : {}),
    note: e.note,
    ...(e.reason ? { reason: e.reason } : {}),
    ...(typeof e.rating === 'number' ? { rating: e.rating } : {}),
    ...(e.photos ? { photos: shownFiles(e.photos, r.hiddenFiles, rel.includes('office')) } : {}),
    // 代报: the resident's name is theirs: shown to whoever may see the reporter's name.
    ...(e.forName ? { forWhom: `居民 ${reveal('residentName', rel, e.forName)}`.trim() } : {}),
  }
}

/** The last 回访 for the people who take or read the call: its handler, the office, the reporter. */
function callbackView(r: StoredReport, rel: readonly Relation[]): ReportDetail['callback'] {
  const c = r.callback
  if (!c || !(['owner', 'handler', 'office'] as Relation[]).some((x) => rel.includes(x)))
    return undefined
  return {
    outcome: c.outcome,
    label: CALLBACK_OUTCOMES.find((o) => o.key === c.outcome)?.label ?? '',
    note: c.note,
    at: new Date(c.at).toISOString(),
    by: c.byName,
  }
}

/**
 * The grid worker's mobile under the table's workerContact rule (as grid.mine applies it); a
 * property company's service phone is a public desk line and always shown.
 */
function contactPhoneFor(r: StoredReport, rel: readonly Relation[]): string {
  const { kind, contactPhone } = r.handler
  return kind === 'grid' ? reveal('workerContact', rel, contactPhone) : contactPhone
}

export function toDetail(r: StoredReport, v: Viewer): ReportDetail {
  const rel = relationsTo(r, v)
  const { kind, name, contactName } = r.handler
  // The owner is entitled to their own name and phone but gains nothing from seeing them as
  // "报事人" with a call button: the block is for the people who call them back.
  const reporter =
    !rel.includes('owner') && sees('residentName', rel)
      ? {
          name: reveal('residentName', rel, r.reporter.name),
          phone: reveal('residentPhone', rel, r.reporter.phone),
        }
      : null
  return {
    ...toSummary(r, v),
    description: r.description,
    photos: shownFiles(r.photos, r.hiddenFiles, rel.includes('office')),
    ...(r.voice &&
    sees('voiceClip', rel) &&
    shownFiles([r.voice.fileID], r.hiddenFiles, rel.includes('office')).length
      ? { voice: r.voice }
      : {}),
    handler: { kind, name, contactName, contactPhone: contactPhoneFor(r, rel) },
    deadlines: {
      acceptBy: r.deadlines.acceptBy.toISOString(),
      resolveBy: r.deadlines.resolveBy.toISOString(),
    },
    events: r.events.map((e) => eventView(e, r, v, rel)),
    ...(reporter ? { reporter } : {}),
    version: r.version,
    actions: allowedActions(r.state, actorsOf(v, r)),
    ...(r.proxy ? { proxyBy: `${ROLE_LABEL[r.proxy.role]} ${r.proxy.name}`.trim() } : {}),
    // Filed by a 12345 centre through Open311: the console names the outside system.
    ...(r.source ? { proxyBy: `12345/外部 ${r.source.name}`.trim() } : {}),
    ...(r.noCallback ? { noCallback: true } : {}),
    ...(callbackView(r, rel) ? { callback: callbackView(r, rel) } : {}),
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

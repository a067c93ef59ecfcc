import type { Role } from '../roles'
import type { EventKind } from './actions'
import type { ReportTarget } from './categories'
import type { ReportState } from './states'
import type { Urgency } from './time-limits'
import type { VoiceClip } from '../voice'
import type { ReportLocation } from './validate'

/** Who handles a report: a grid (its worker) or a property company (its staff). */
export interface ReportHandler {
  kind: ReportTarget
  /** The grid's or the company's id. */
  id: string
  name: string
  /** Who is told and may act as the handler: the grid worker, or every staff member. */
  staffOpenids: string[]
  /** The person or desk the resident may call. */
  contactName: string
  contactPhone: string
}

/**
 * One entry of a report's timeline, appended with every transition and never changed. The
 * resident sees it (who, when, note, photos); `reason` is the 原因 of a refusal or hand-over.
 */
export interface ReportEvent {
  at: Date
  action: EventKind
  byOpenid: string
  byRole: Role | 'system'
  byName: string
  /** State before and after; absent for events that are not transitions (create, follow …). */
  from?: ReportState
  to?: ReportState
  note?: string
  reason?: string
  photos?: string[]
  rating?: number
  /** On a 代报's first event: the resident it was filed for (shown under the privacy table). */
  forName?: string
}

/** Who filed a report for its resident (代报): staff, by role and name. */
export interface ReportProxy {
  openid: string
  role: Role
  name: string
}

/** A report filed by an outside system through Open311 (a 12345 centre): its key and name. */
export interface ReportSource {
  kind: 'open311'
  /** The API key's id (src/server/open311/keys.ts). */
  systemId: string
  /** 区12345热线 — what the console shows as the source. */
  name: string
}

/** A 回访 by phone: what the resident answered, or 未接通. */
export type CallbackOutcome = 'satisfied' | 'basic' | 'unsatisfied' | 'unreached'

/** A recorded 回访 (the last one stands). */
export interface ReportCallback {
  outcome: CallbackOutcome
  note: string
  at: Date
  byOpenid: string
  byName: string
}

/**
 * A report as stored in the `reports` collection. The timeline lives inside the document, so a
 * transition (state, version, event) is one conditional update on `version`: all or nothing, and
 * two people can't both accept.
 */
export interface Report {
  _id: string
  /** Human-readable number (BS20261123-4821) for phone calls with the office. */
  no: string
  /** `<openid>:<requestId>`, unique: a retried submit finds the first report. */
  requestKey: string
  requestId: string
  /** The resident's OPENID; '' for a 代报 for someone without the mini-program. */
  reporterOpenid: string
  reporter: { name: string; phone: string }
  /** Set on a 代报: who filed it for the reporter. */
  proxy?: ReportProxy
  /** Set when an outside system filed it (Open311 POST requests). */
  source?: ReportSource
  /** The reporter asked not to be called back (不需要回电). */
  noCallback?: boolean
  target: ReportTarget
  categoryKey: string
  taxonomyCode: string
  description: string
  photos: string[]
  /** 按住说话: the spoken description (claimed under attached/reports/<id>/, like the photos). */
  voice?: VoiceClip
  location: ReportLocation
  /** Where the server placed it: a label people read, the building, grid and community. */
  place: {
    label: string
    /**
     * The building (or, for a point far from any, the grid): what people not entitled to the
     * room see (src/shared/privacy.ts), and what notices carry. Absent on older reports.
     */
    area?: string
    buildingId: string | null
    gridId: string
    communityId: string
    /** [longitude, latitude] */
    point: [number, number] | null
  }
  urgency: Urgency
  state: ReportState
  /** +1 with every transition; updates are conditional on the version read. */
  version: number
  handler: ReportHandler
  deadlines: { acceptBy: Date; resolveBy: Date }
  /** OPENIDs of residents who pressed 也遇到了. */
  followers: string[]
  events: ReportEvent[]
  /** Set by 回访 (the call after 办结); `followUp` is what the figures count of it. */
  callback?: ReportCallback
  /** The 回访 answer the figures count (src/shared/figures/facts.ts): absent when not reached. */
  followUp?: { satisfied: boolean; at: Date }
  /** Set by 确认并评价; absent when the report closed by itself. */
  rating?: { score: number; comment: string; at: Date }
  /** Set by 部门报到. */
  department?: { name: string; deadline: Date }
  /** Set by 合并为重复: the report this one duplicates. */
  duplicateOf?: string
  /** Set when the resident confirms or the timer closes it. */
  closedAt?: Date
  /** When it reached 已办结(待确认): the auto-close clock starts here. */
  resolvedAt?: Date
  createdAt: Date
  updatedAt: Date
}

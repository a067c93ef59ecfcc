import type { Role } from '../roles'
import { pageUrl } from '../routes'
import { AWAITING_ACCEPT, INBOX_TABS, OPEN_STATES, WITH_OFFICE } from './states'

/**
 * What a staff member's 首页 counts (issue 16: staff start where they work): the same queues as the
 * lists a tap opens — the handler's inbox tabs, the office console's queues, 证明审核's 待审核 —
 * so a count and its list cannot disagree (test/cloud/work-counts.test.ts compares them).
 */
export type WorkCountKey = 'pending' | 'overdue' | 'escalations' | 'applications'

export type StaffRole = Exclude<Role, 'resident'>

export type WorkCounts = Partial<Record<WorkCountKey, number>>

/** Which counts each role sees, most urgent first. A resident has no work counts. */
export const WORK_COUNTS: Record<StaffRole, readonly WorkCountKey[]> = {
  grid_worker: ['overdue', 'pending'],
  property_staff: ['overdue', 'pending'],
  office: ['escalations', 'overdue', 'pending', 'applications'],
  // The district handles nothing: its start is the streets side by side (stats.dashboard).
  district: [],
}

export const WORK_LABEL: Record<WorkCountKey, string> = {
  pending: '待受理',
  overdue: '已超时',
  escalations: '吹哨待办',
  applications: '待审核',
}

export function isStaffRole(role: Role): role is StaffRole {
  return role !== 'resident'
}

/** Reports counted per state and overdue flag (src/server/reports/counts.ts countByState). */
export interface StateTally {
  state: string
  overdue: boolean
  n: number
}

type Test = (state: string, overdue: boolean) => boolean
const among =
  (states: readonly string[], overdueOnly = false): Test =>
  (s, o) =>
    (!overdueOnly || o) && states.includes(s)

/**
 * Which reports each report count covers, per role: a handler's counts are over the reports of
 * their own grid or company (the caller narrows the tally to them), the office's over the street.
 * The same state groups as report.inbox's tabs and report.search's queues.
 */
const REPORT_TESTS: Record<StaffRole, Partial<Record<WorkCountKey, Test>>> = {
  grid_worker: {
    pending: among(INBOX_TABS.pending),
    overdue: among([...INBOX_TABS.pending, ...INBOX_TABS.active], true),
  },
  property_staff: {
    pending: among(INBOX_TABS.pending),
    overdue: among([...INBOX_TABS.pending, ...INBOX_TABS.active], true),
  },
  office: {
    pending: among(AWAITING_ACCEPT),
    overdue: among(OPEN_STATES, true),
    escalations: among(WITH_OFFICE.filter((s) => s !== 'assigned')),
  },
  district: {},
}

/**
 * The role's counts from its tally of reports and the number of applications 待审核 (the office's
 * only): exactly the keys of WORK_COUNTS[role].
 */
export function workCountsOf(
  role: StaffRole,
  reports: readonly StateTally[],
  applications = 0,
): WorkCounts {
  const out: WorkCounts = {}
  for (const key of WORK_COUNTS[role]) {
    const test = REPORT_TESTS[role][key]
    out[key] = test
      ? reports.reduce((sum, c) => (test(c.state, c.overdue) ? sum + c.n : sum), 0)
      : applications
  }
  return out
}

/** Where a tap on a count opens: the list it counts, filtered to it. */
export function workLink(role: StaffRole, key: WorkCountKey): string {
  if (key === 'applications') return pageUrl('applications', { filter: 'submitted' })
  if (role === 'office') return pageUrl('console', { filter: key })
  return pageUrl('inbox', { tab: key })
}

import type { ActionName } from './contracts'
import type { ErrorCode } from './errors'
import type { ReportAction } from './reports/actions'

/**
 * Who may do what: THE declared authorization policy, one row per action of the contracts. It is
 * what the authorization-matrix test (test/cloud/access-matrix.test.ts) expects of the running
 * functions; it is written from the rules (DESIGN.md, the findings), not read from the
 * code under test, so a server change that lets someone in where this table says no fails there.
 * `Record<ActionName, …>`: a new action in src/shared/contracts without a row here does not compile,
 * and the test also compares these rows with every function's action table.
 */

/** Every kind of caller the matrix tries, relative to the objects it acts on. */
export const CALLER_KINDS = [
  'anonymous', // no sign-in at all
  'forgedToken', // a bearer token the platform did not issue
  'owner', // the resident who filed the report / the application
  'otherResident', // a resident with no relation to the object
  'follower', // a resident who follows the report (也遇到了)
  'gridWorker', // the current worker of the report's grid
  'otherGridWorker', // the worker of another grid
  'retiredGridWorker', // the report's grid's former worker, retired by the office
  'propertyStaff', // staff of the company managing the report's compound
  'otherPropertyStaff', // staff of another company
  'office', // the street office
  'otherStreetOffice', // the office of another street of the district (issue 20)
  'district', // the district: reads every street's reports and figures, urges, handles nothing
  'timer', // the platform itself (a timer trigger): no caller identity
] as const
export type CallerKind = (typeof CALLER_KINDS)[number]

/**
 * The object an action is tried on. Reports are filed by `owner` in the owner's grid unless said
 * otherwise, and followed by `follower`; applications are the owner's.
 */
export type PolicyObject =
  | 'none' // the caller's own things, or nothing in particular
  | 'gridReport' // 报网格员, 待受理
  | 'propertyReport' // 报物业, 待受理
  | 'acceptedReport' // 报网格员, 已受理
  | 'resolvedReport' // 报网格员, 已办结 (awaiting the reporter)
  | 'escalatedReport' // 报网格员, 已吹哨 (with the office)
  | 'workerOwnReport' // filed by `gridWorker` in their own grid, 待受理
  | 'application' // 待审核
  | 'applicationNeedingMaterial' // 待补充材料
  | 'issuedCertificate' // approved, certificate issued
  | 'officeOwnApplication' // filed by the `office` user themselves, 待审核
  | 'proxiedApplication' // 代办: filed by `gridWorker` for `owner`, 待审核

export interface PolicyCase {
  on: PolicyObject
  allow: readonly CallerKind[]
  /**
   * Other answers that mean "refused" here, besides FORBIDDEN and UNAUTHENTICATED: NOT_FOUND where
   * an object is hidden from those who may not see it (the same answer as for an id that does
   * not exist, so ids can't be probed).
   */
  deniedAs?: readonly ErrorCode[]
}

const SIGNED_IN: readonly CallerKind[] = [
  'owner',
  'otherResident',
  'follower',
  'gridWorker',
  'otherGridWorker',
  'retiredGridWorker',
  'propertyStaff',
  'otherPropertyStaff',
  'office',
  // The caller's own things and their own street's: another street's office is an office too.
  'otherStreetOffice',
]
/**
 * One's own account (sign-in, messages, grants, profile): the district too. Every other row
 * leaves the district out unless it says so — it reads and urges, nothing else.
 */
const ACCOUNT: readonly CallerKind[] = [...SIGNED_IN, 'district']
/** Public actions: everyone but a forged token (refused before any function runs). */
const PUBLIC: readonly CallerKind[] = ['anonymous', 'timer', ...ACCOUNT]
/** A retired grid worker is a resident again. */
const RESIDENTS: readonly CallerKind[] = ['owner', 'otherResident', 'follower', 'retiredGridWorker']
const HANDLING_STAFF: readonly CallerKind[] = [
  'gridWorker',
  'otherGridWorker',
  'propertyStaff',
  'otherPropertyStaff',
]
/** The office's own street's work: objects of the caller's street, so another street's office too. */
const OFFICE: readonly CallerKind[] = ['office', 'otherStreetOffice']
/** What the office does to one object of its street: never another street's office. */
const ITS_OFFICE: readonly CallerKind[] = ['office']
/** Reading every street: the office its own, the district all. */
const READERS: readonly CallerKind[] = [...OFFICE, 'district']
const one = (on: PolicyObject, allow: readonly CallerKind[]): PolicyCase[] => [{ on, allow }]
const HIDDEN = ['NOT_FOUND'] as const

/**
 * Every action of the contracts × caller kind (× object, where ownership matters). `perStep`:
 * the action's rows are one per step, in TRANSITION_POLICY.
 */
export const ACCESS_POLICY: Record<ActionName, readonly PolicyCase[] | 'perStep'> = {
  'user.whoami': one('none', PUBLIC),
  'user.recordGrants': one('none', ACCOUNT),
  'user.grants': one('none', ACCOUNT),
  'user.bindAddress': one('none', SIGNED_IN),
  'user.redeemInvite': one('none', SIGNED_IN),
  'user.messages': one('none', ACCOUNT),
  'user.markRead': one('none', ACCOUNT),
  // Only URLs of files the caller may read come back (src/server/file-access.ts): a call is allowed.
  'user.fileUrls': one('none', ACCOUNT),
  // One's own profile: anyone signed in; a name and 注销 are for residents (staff names come from
  // the office's invitation, and staff leave their post before deleting their account).
  'user.profile': one('none', ACCOUNT),
  'user.bindPhone': one('none', ACCOUNT),
  'user.unbindPhone': one('none', ACCOUNT),
  'user.saveProfile': one('none', RESIDENTS),
  'user.deleteAccount': one('none', RESIDENTS),
  // 代办's look-up: grid workers (of the building's grid: the payload's building is in the
  // owner's grid, so another grid's worker is refused) and the office (of the building's street).
  'user.residentsAt': one('none', ['gridWorker', 'office']),
  // 扫码登录: the desk is anonymous until redeemed, so its steps are open to anyone and bound by
  // the login's secret (a wrong one is FORBIDDEN); the phone's side is office staff only.
  'auth.deskStart': one('none', PUBLIC),
  'auth.deskScan': one('none', OFFICE),
  'auth.confirmDesk': one('none', OFFICE),
  'auth.deskPoll': one('none', PUBLIC),
  'auth.deskSession': one('none', PUBLIC),
  'auth.deskSignOut': one('none', PUBLIC),
  'grid.places': one('none', SIGNED_IN),
  // The street's buildings near a point: no people in it.
  'grid.locate': one('none', SIGNED_IN),
  'grid.handlers': one('none', [...HANDLING_STAFF, ...OFFICE]),
  'grid.mine': one('none', SIGNED_IN),
  'grid.map': one('none', SIGNED_IN),
  'grid.ledger': one('none', OFFICE),
  'grid.exportLedger': one('none', OFFICE),
  'grid.saveGrid': one('none', OFFICE),
  'grid.retireGrid': one('none', OFFICE),
  'grid.retireWorker': one('none', OFFICE),
  'grid.createInvite': one('none', OFFICE),
  // Staff keep their own card; the office keeps anyone's (the same action, with `openid`).
  'grid.myCard': one('none', HANDLING_STAFF),
  'grid.saveCard': one('none', [...HANDLING_STAFF, ...OFFICE]),
  'grid.staff': one('none', OFFICE),
  'grid.retireStaff': one('none', OFFICE),
  'grid.setStandIn': one('none', OFFICE),
  'grid.clearStandIn': one('none', OFFICE),
  // Onboarding: an office its own street; the district creates a new street and imports it.
  'grid.importTemplate': one('none', READERS),
  'grid.importStreet': one('none', READERS),
  'grid.streets': one('none', READERS),
  'grid.createStreet': one('none', ['district']),
  'grid.apiKeys': one('none', OFFICE),
  'grid.issueApiKey': one('none', OFFICE),
  'grid.revokeApiKey': one('none', OFFICE),
  'report.create': one('none', SIGNED_IN),
  'report.nearby': one('none', SIGNED_IN),
  'report.listMine': one('none', ACCOUNT),
  // Its reporter, its followers, its handler's current staff, its street's office, the district —
  // not a former worker; another street's office is told it does not exist.
  'report.get': [
    { on: 'gridReport', allow: ['owner', 'follower', 'gridWorker', 'office', 'district'] },
    { on: 'propertyReport', allow: ['owner', 'follower', 'propertyStaff', 'office', 'district'] },
  ],
  // 也遇到了 is for residents (the reporter is told it is their own: not a refusal).
  'report.follow': one('gridReport', RESIDENTS),
  'report.transition': 'perStep',
  'report.search': one('none', READERS),
  'report.export': one('none', READERS),
  'report.inbox': one('none', HANDLING_STAFF),
  'report.workCounts': one('none', [...HANDLING_STAFF, ...OFFICE]),
  'certificate.catalogue': one('none', PUBLIC),
  'certificate.saveType': one('none', OFFICE),
  'certificate.calendar': one('none', OFFICE),
  'certificate.saveCalendar': one('none', OFFICE),
  // Each office reads and writes its own street's wording (the street is the caller's).
  'certificate.wording': one('none', OFFICE),
  'certificate.saveWording': one('none', OFFICE),
  'certificate.apply': one('none', SIGNED_IN),
  'certificate.resubmit': [
    { on: 'applicationNeedingMaterial', allow: ['owner'], deniedAs: HIDDEN },
  ],
  'certificate.listMine': one('none', SIGNED_IN),
  'certificate.get': [
    { on: 'application', allow: ['owner', 'office'], deniedAs: HIDDEN },
    // 代办: its filer reads it while they hold the grid (a retired filer does not).
    { on: 'proxiedApplication', allow: ['owner', 'gridWorker', 'office'], deniedAs: HIDDEN },
  ],
  'certificate.queue': one('none', OFFICE),
  // The office reviews — but nobody reviews their own application.
  'certificate.approve': [
    { on: 'application', allow: ITS_OFFICE, deniedAs: HIDDEN },
    { on: 'officeOwnApplication', allow: [] },
  ],
  'certificate.reject': [
    { on: 'application', allow: ITS_OFFICE, deniedAs: HIDDEN },
    { on: 'officeOwnApplication', allow: [] },
  ],
  'certificate.requestMaterial': [
    { on: 'application', allow: ITS_OFFICE, deniedAs: HIDDEN },
    { on: 'officeOwnApplication', allow: [] },
  ],
  'certificate.revoke': [{ on: 'issuedCertificate', allow: ITS_OFFICE, deniedAs: HIDDEN }],
  'certificate.verify': one('issuedCertificate', PUBLIC),
  'sla.limits': one('none', [...HANDLING_STAFF, ...OFFICE]),
  'sla.setLimits': one('none', OFFICE),
  // 常用语: staff read the lists of the actions they write text for; only the office keeps them.
  'sla.phrases': one('none', [...HANDLING_STAFF, ...OFFICE]),
  'sla.savePhrases': one('none', OFFICE),
  'stats.dashboard': one('none', READERS),
  'stats.export': one('none', READERS),
  // Property staff see their own company's standing (the server narrows it to their company).
  'stats.ranking': one('none', ['propertyStaff', 'otherPropertyStaff', ...READERS]),
  'stats.streets': one('none', ['district']),
  // Area subscriptions: a district supervisor's own follows; nobody else follows across streets.
  'stats.follows': one('none', ['district']),
  'stats.follow': one('none', ['district']),
  'stats.unfollow': one('none', ['district']),
}

/**
 * `report.transition`, per step of the closed loop, on a report in a state where the step can be
 * taken. Handlers are the report's CURRENT staff; a reporter never handles their own report.
 * `autoClose` is the timer's alone and no caller may send it.
 */
export const TRANSITION_POLICY: Record<
  Exclude<ReportAction, 'autoClose'>,
  readonly PolicyCase[]
> = {
  accept: [
    { on: 'gridReport', allow: ['gridWorker'] },
    { on: 'propertyReport', allow: ['propertyStaff'] },
    { on: 'workerOwnReport', allow: [] },
  ],
  note: one('acceptedReport', ['gridWorker', 'office']),
  transfer: one('gridReport', ['gridWorker']),
  return: one('gridReport', ['gridWorker']),
  escalate: one('gridReport', ['gridWorker']),
  resolve: [
    { on: 'acceptedReport', allow: ['gridWorker'] },
    { on: 'escalatedReport', allow: ITS_OFFICE },
  ],
  confirm: one('resolvedReport', ['owner']),
  reopen: one('resolvedReport', ['owner']),
  reject: one('gridReport', ITS_OFFICE),
  markDuplicate: one('gridReport', ITS_OFFICE),
  assignDepartment: one('escalatedReport', ITS_OFFICE),
  // 督办: the report's street's office, or the district (which handles nothing else).
  urge: one('gridReport', ['office', 'district']),
  dispatch: one('gridReport', ITS_OFFICE),
  // 回访 after 办结: the handler who resolved it, or the office.
  callback: one('resolvedReport', ['gridWorker', 'office']),
  reclassify: one('gridReport', ITS_OFFICE),
}

/**
 * Events the platform raises rather than a caller: the `sla` function's timer trigger runs the
 * sweep only when the platform fired it — never for a client posting a Timer-shaped event.
 */
export const PLATFORM_EVENT_POLICY: Record<'sla.timer', readonly PolicyCase[]> = {
  // A client's Timer-shaped event is no action at all: UNKNOWN_ACTION is a refusal too.
  'sla.timer': [{ on: 'none', allow: ['timer'], deniedAs: ['UNKNOWN_ACTION'] }],
}

/** True when the policy lets `who` do the case's action on its object. */
export function isAllowed(c: PolicyCase, who: CallerKind): boolean {
  return c.allow.includes(who)
}

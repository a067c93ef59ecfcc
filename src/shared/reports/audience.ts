import { pageUrl, type PageName } from '../routes'
import { REPORT_ACTIONS, type ReportAction } from './actions'

/**
 * What can be announced: a transition, the filing itself, the timer's reminder, its overdue mark,
 * and its automatic escalation of an overdue report (told to residents as the state it leads to).
 */
export type Announced = ReportAction | 'create' | 'remind' | 'overdue' | 'autoEscalate'

/** Everything announced, for tests that must cover every kind. */
export const ANNOUNCED: readonly Announced[] = [
  ...REPORT_ACTIONS,
  'create',
  'remind',
  'overdue',
  'autoEscalate',
]

/**
 * Who may be told: the reporter, residents who pressed 也遇到了, the handler's staff (the grid
 * worker or the property company's staff), the street office.
 */
export type Audience = 'reporter' | 'followers' | 'handler' | 'office'

/** The page each audience opens a report on (src/shared/routes.ts). */
export const REPORT_PAGE: Record<Audience, PageName> = {
  reporter: 'reportDetail',
  followers: 'reportDetail',
  handler: 'task',
  office: 'officeReport',
}

/** Residents are told in words about their report; staff in words about their work. */
export const RESIDENTS: readonly Audience[] = ['reporter', 'followers']

/**
 * THE table of who is told of what, and the headline they read. An audience without an entry is
 * not told. The timer's reminders and overdue marks are the handler's business: residents never
 * hear of them (they hear of the escalation that follows, as 已吹哨，街道督办中).
 */
export const AUDIENCE: Record<Announced, Partial<Record<Audience, string>>> = {
  create: { handler: '新报事，请及时受理' },
  accept: { reporter: '您的报事已受理', followers: '您关注的报事已受理' },
  note: { reporter: '您的报事有新进展', followers: '您关注的报事有新进展' },
  transfer: {
    reporter: '您的报事已转派',
    followers: '您关注的报事已转派',
    handler: '转派来的报事，请及时受理',
  },
  return: {
    reporter: '您的报事已转街道处理',
    followers: '您关注的报事已转街道处理',
    office: '报事退回街道，请处理',
  },
  escalate: {
    reporter: '已吹哨，街道督办中',
    followers: '已吹哨，街道督办中',
    office: '吹哨上报，请督办',
  },
  resolve: { reporter: '您的报事已办结，请确认并评价', followers: '您关注的报事已办结' },
  confirm: { followers: '您关注的报事已确认办结', handler: '居民已确认办结并评价' },
  reopen: { followers: '您关注的报事重新办理', handler: '居民要求重新办理' },
  reject: { reporter: '您的报事不予受理', followers: '您关注的报事不予受理' },
  markDuplicate: {
    reporter: '您的报事已合并到同一问题的报事',
    followers: '您关注的报事已合并到同一问题的报事',
  },
  assignDepartment: {
    reporter: '您的报事已交部门办理',
    followers: '您关注的报事已交部门办理',
  },
  urge: {
    reporter: '街道已督办您的报事',
    followers: '街道已督办您关注的报事',
    handler: '督办：请尽快处理',
    // Heard only when the district urged (announce.ts): the street's office follows it up.
    office: '区级督办了本街道的报事，请跟进',
  },
  autoClose: {
    reporter: '回访无回复，您的报事已自动办结',
    followers: '您关注的报事已办结',
    handler: '回访无回复，报事已自动办结',
  },
  dispatch: {
    reporter: '您的报事已派单',
    followers: '您关注的报事已派单',
    handler: '街道派单，请及时受理',
  },
  // A corrected category: the handler's clock changed with it (a move to another handler is
  // announced as the 派单 it is, reclassify.ts).
  reclassify: { reporter: '您的报事类别已更正', handler: '报事类别已更改，办理时限已重算' },
  // Recorded after a call; the handler hears of the office's (nobody of their own action).
  callback: { handler: '街道已回访居民，回访结果已记录' },
  remind: { handler: '限时提醒' },
  overdue: { handler: '报事已超时', office: '报事已超时' },
  autoEscalate: {
    reporter: '已吹哨，街道督办中',
    followers: '已吹哨，街道督办中',
    handler: '超时未办，已自动上报街道',
    office: '超时自动吹哨，请督办',
  },
}

/** Who is told of `kind`, in the order notices are built. */
export function audiencesOf(kind: Announced): Audience[] {
  const row = AUDIENCE[kind]
  return (['reporter', 'followers', 'handler', 'office'] as Audience[]).filter((a) => a in row)
}

/** How many characters of the description name a report in a message. */
export const REF_CHARS = 10

/** A report as messages name it: BS20261201-0007「楼道灯不亮…」. */
export function reportRef(no: string, description: string): string {
  const d = description.replace(/\s+/g, ' ').trim()
  const words = d.length > REF_CHARS ? `${d.slice(0, REF_CHARS)}…` : d
  return `${no}「${words}」`
}

/** The page that opens the report for `audience`. */
export function reportPage(audience: Audience, id: string): string {
  return pageUrl(REPORT_PAGE[audience], { id })
}

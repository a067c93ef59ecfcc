import {
  AUDIENCE,
  audiencesOf,
  categoryLabel,
  reportPage,
  reportRef,
  RESIDENTS,
  statusTag,
  urgentMark,
  type Announced,
  type Audience,
} from '../../shared/reports'
import { phrase, thing, wxTime } from '../../shared/subscribe'
import type { Cloud, Database } from '../context'
import { notify, type Notice } from '../notify'
import { officeAudience } from '../office-audience'
import type { StoredReport } from './model'
import { phoneReminders } from './phone-reminder'
import { currentStaff } from './routing'
import { areaOf } from './view'

export type { Announced } from '../../shared/reports'

interface Deps {
  cloud: Cloud
  db: Database
  now: () => Date
}

/** The notice kind each audience files messages under (消息 groups and icons). */
const KIND: Record<Audience, string> = {
  reporter: 'report',
  followers: 'report',
  handler: 'task',
  office: 'escalation',
}

/** What brings a report to the office's desk and cannot wait for the morning digest. */
const OFFICE_URGENT: readonly Announced[] = ['return', 'escalate', 'autoEscalate']

async function recipients(
  deps: Deps,
  r: StoredReport,
  a: Audience,
  action: Announced,
): Promise<string[]> {
  switch (a) {
    case 'reporter':
      // '': a 代报 for someone without the mini-program (phone-reminder.ts tells their worker).
      return r.reporterOpenid ? [r.reporterOpenid] : []
    case 'followers':
      return r.followers
    case 'handler':
      // Who holds the grid or company now, not the list copied into the report when it came in.
      return currentStaff(deps.db, r.handler, deps.now())
    case 'office': {
      // A 督办 reaches the street's office only when the district urged (the office's own is theirs).
      const byDistrict = action === 'urge' && r.events.at(-1)?.byRole === 'district'
      if (action === 'urge' && !byDistrict) return []
      return officeAudience(
        deps.db,
        r.events,
        byDistrict || OFFICE_URGENT.includes(action),
        r.streetId,
      )
    }
  }
}

/** What puts a report on a handler's desk anew. */
const NEW_TASK: readonly Announced[] = ['create', 'transfer', 'dispatch']

/** The subscribe message that goes with an in-app one, where the recipient holds a grant. */
function pushOf(
  deps: Deps,
  r: StoredReport,
  action: Announced,
  a: Audience,
  words: string,
  note: string,
): Notice['push'] {
  if (RESIDENTS.includes(a))
    return {
      // 办结 asks the reporter for a rating: with the grant kept for it, else a status one.
      ...(action === 'resolve' && a === 'reporter'
        ? { template: 'reportDone' as const, orElse: 'reportStatus' as const }
        : { template: 'reportStatus' as const }),
      data: {
        thing1: thing(reportRef(r.no, r.description)),
        phrase2: phrase(statusTag(r.state, !!r.rating)),
        time3: wxTime(deps.now()),
        thing4: thing(note || words),
      },
    }
  // Staff get a push for new work only: the template says 新任务 and a time to accept by.
  if (a === 'handler' && NEW_TASK.includes(action))
    return {
      template: 'newTask',
      data: {
        thing1: thing(`${categoryLabel(r.categoryKey)}：${r.description}`),
        thing2: thing(areaOf(r)),
        time3: wxTime(new Date(r.deadlines.acceptBy)),
      },
    }
  return undefined
}

/**
 * Tells the people the shared table (src/shared/reports/audience.ts) names for `action`, in
 * their words, each message naming the report (number and first words) and opening it on the
 * audience's page. `skip` is the person who acted: nobody is told of their own action; a person
 * in several audiences (an office clerk who filed the report) is told once, as the first.
 */
export async function announce(
  deps: Deps,
  r: StoredReport,
  action: Announced,
  skip: string,
  note = '',
): Promise<void> {
  await notify(deps, await announcement(deps, r, action, skip, note), eventPrefix(r, action))
}

/** How an announcement's event id starts: the report, its version and the action. */
export function eventPrefix(r: Pick<StoredReport, '_id' | 'version'>, action: Announced): string {
  return `${r._id}-v${r.version}-${action}`
}

/** The notices `announce` sends, resolved but not stored (a step stores them with itself). */
export async function announcement(
  deps: Deps,
  r: StoredReport,
  action: Announced,
  skip: string,
  note = '',
): Promise<Notice[]> {
  const row = AUDIENCE[action]
  const ref = reportRef(r.no, r.description)
  const told = new Set<string>(skip ? [skip] : [])
  const notices: Notice[] = []
  for (const a of audiencesOf(action)) {
    const words = row[a]!
    // Staff notices name the building, never the room: they stay in the inbox after the
    // recipient leaves the grid (src/shared/privacy.ts).
    const where = RESIDENTS.includes(a) ? '' : ` · ${areaOf(r)}`
    const urgent = a === 'handler' ? urgentMark(r.urgency) : ''
    const push = pushOf(deps, r, action, a, words, note)
    for (const to of await recipients(deps, r, a, action)) {
      if (told.has(to)) continue
      told.add(to)
      notices.push({
        toOpenid: to,
        kind: KIND[a],
        title: `${urgent}${words}`,
        body: `${ref}${where}${note ? `\n${note}` : ''}`,
        page: reportPage(a, r._id),
        refId: r._id,
        ...(push ? { push } : {}),
      })
    }
  }
  notices.push(...(await phoneReminders(deps.db, r, action, deps.now())))
  return notices
}

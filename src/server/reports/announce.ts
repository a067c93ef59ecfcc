import { actionLabel, categoryLabel, statusTag, type ReportAction } from '../../shared/reports'
import { phrase, thing, wxTime } from '../../shared/subscribe'
import type { Cloud, Database } from '../context'
import { notify, officeOpenids, type Notice } from '../notify'
import type { StoredReport } from './model'
import { pageUrl } from '../../shared/routes'
import { currentStaff } from './routing'
import { areaOf } from './view'

interface Deps {
  cloud: Cloud
  db: Database
  now: () => Date
}

/** Who hears of an action besides the reporter and followers (who hear of every change). */
const TO_HANDLER: string[] = [
  'urge',
  'reopen',
  'confirm',
  'transfer',
  'dispatch',
  'autoClose',
  'remind',
  'overdue',
]
const TO_OFFICE: string[] = ['escalate', 'return', 'overdue']

/** What can be announced: a transition, the filing itself, or the timer's reminder and overdue mark. */
export type Announced = ReportAction | 'create' | 'remind' | 'overdue'

/** A new task for the handler's staff: what, where, and the time to accept by. */
function newTask(r: StoredReport, to: string): Notice {
  const what = categoryLabel(r.categoryKey)
  return {
    toOpenid: to,
    kind: 'task',
    title: `新${r.urgency === 'urgent' ? '紧急' : ''}报事：${what}`,
    // A notice outlives the recipient's assignment: it names the building, never the room.
    body: `${areaOf(r)}：${r.description.slice(0, 60)}`,
    page: pageUrl('task', { id: r._id }),
    refId: r._id,
    push: {
      template: 'newTask',
      data: {
        thing1: thing(`${what}：${r.description}`),
        thing2: thing(areaOf(r)),
        time3: wxTime(new Date(r.deadlines.acceptBy)),
      },
    },
  }
}

/**
 * Tells everyone concerned that a report moved: the reporter and followers always (in-app, and a
 * subscribe message where they hold a grant), the handler and the office when it concerns them.
 * `skip` is the person who acted: nobody is told of their own action.
 */
export async function announce(
  deps: Deps,
  r: StoredReport,
  action: Announced,
  skip: string,
  note = '',
): Promise<void> {
  // A new report is news only to its handler's staff: each gets the task (even one who filed it).
  if (action === 'create')
    return notify(
      deps,
      (await currentStaff(deps.db, r.handler)).map((to) => newTask(r, to)),
    )
  const what = categoryLabel(r.categoryKey)
  const label = actionLabel(action)
  const tag = statusTag(r.state)
  const residents = [r.reporterOpenid, ...r.followers]
  const staff = TO_HANDLER.includes(action) ? await currentStaff(deps.db, r.handler) : []
  const office = TO_OFFICE.includes(action) ? await officeOpenids(deps.db) : []
  const notices: Notice[] = []
  // Staff notices name the building, never the room: they go to the handler's staff now, and
  // stay in the inbox after the recipient leaves the grid.
  for (const to of new Set(residents)) {
    if (to === skip) continue
    notices.push({
      toOpenid: to,
      kind: 'report',
      title: `报事${tag}：${what}`,
      body: `${label}${note ? `：${note}` : ''}`,
      page: pageUrl('reportDetail', { id: r._id }),
      refId: r._id,
      push: {
        template: 'reportStatus',
        data: {
          thing1: thing(`${what}：${r.description}`),
          phrase2: phrase(tag),
          time3: wxTime(deps.now()),
          thing4: thing(note || label),
        },
      },
    })
  }
  for (const to of new Set(staff)) {
    if (to === skip || residents.includes(to)) continue
    notices.push({
      toOpenid: to,
      kind: 'task',
      title: `${label}：${what}`,
      body: `${areaOf(r)}：${note || r.description.slice(0, 60)}`,
      page: pageUrl('task', { id: r._id }),
      refId: r._id,
    })
  }
  for (const to of new Set(office)) {
    if (to === skip) continue
    notices.push({
      toOpenid: to,
      kind: 'escalation',
      title: `${label}：${what}`,
      body: `${r.handler.name} · ${areaOf(r)}${note ? `：${note}` : ''}`,
      page: pageUrl('officeReport', { id: r._id }),
      refId: r._id,
    })
  }
  await notify(deps, notices)
}

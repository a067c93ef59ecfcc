import { actionLabel, categoryLabel, statusTag, type ReportAction } from '../../shared/reports'
import { phrase, thing, wxTime } from '../../shared/subscribe'
import type { Cloud, Database } from '../context'
import { notify, type Notice } from '../notify'
import type { StoredReport } from './model'
import { pageUrl } from '../../shared/routes'

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

export async function officeOpenids(db: Database): Promise<string[]> {
  const { data } = await db.collection('users').where({ role: 'office' }).limit(100).get()
  return (data as Array<{ _id: string }>).map((u) => u._id)
}

/**
 * Tells everyone concerned that a report moved: the reporter and followers always (in-app, and a
 * subscribe message where they hold a grant), the handler and the office when it concerns them.
 * `skip` is the person who acted: nobody is told of their own action.
 */
export async function announce(
  deps: Deps,
  r: StoredReport,
  action: ReportAction | 'remind' | 'overdue',
  skip: string,
  note = '',
): Promise<void> {
  const what = categoryLabel(r.categoryKey)
  const label = actionLabel(action)
  const tag = statusTag(r.state)
  const residents = [r.reporterOpenid, ...r.followers]
  const staff = TO_HANDLER.includes(action) ? r.handler.staffOpenids : []
  const office = TO_OFFICE.includes(action) ? await officeOpenids(deps.db) : []
  const notices: Notice[] = []
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
      body: `${r.place.label}：${note || r.description.slice(0, 60)}`,
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
      body: `${r.handler.name} · ${r.place.label}${note ? `：${note}` : ''}`,
      page: pageUrl('officeReport', { id: r._id }),
      refId: r._id,
    })
  }
  await notify(deps, notices)
}

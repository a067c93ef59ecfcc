import { AUDIENCE, reportPage, reportRef, type Announced } from '../../shared/reports'
import type { Database } from '../db'
import type { Notice } from '../notify'
import type { StoredReport } from './model'
import { currentStaff } from './routing'

/**
 * A 代报 for someone without the mini-program hears nothing from the app: at each step they would
 * have been told of, the grid's staff are reminded to phone them, and the message names the step.
 * At 办结 the reminder asks for the 回访 as well. Nobody is reminded where the reporter said
 * 不需要回电. The message names the report and the step, never the person: the phone is on the
 * task page, under the privacy table, and the message stays in the inbox after a worker leaves.
 */
export async function phoneReminders(
  db: Database,
  r: StoredReport,
  action: Announced,
  now: Date,
): Promise<Notice[]> {
  const words = AUDIENCE[action].reporter
  if (r.reporterOpenid || r.noCallback || !words) return []
  const title =
    action === 'resolve'
      ? '请致电居民告知已办结，并记录回访结果'
      : `请致电居民告知：${words.replace(/^您的报事/, '报事')}`
  return (await currentStaff(db, r.handler, now)).map((to) => ({
    toOpenid: to,
    kind: 'task',
    title,
    body: `${reportRef(r.no, r.description)}\n居民未使用小程序，请打开报事查看电话`,
    page: reportPage('handler', r._id),
    refId: r._id,
  }))
}

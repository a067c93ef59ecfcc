import { AppError } from '../../shared/errors'
import type { StoredReport } from './model'
import type { Viewer } from './view'

/** Who may open a report: its reporter, its followers, its handler's staff and the street office. */
export function canView(r: StoredReport, v: Viewer): boolean {
  return (
    v.role === 'office' ||
    r.reporterOpenid === v.openid ||
    r.followers.includes(v.openid) ||
    r.handler.staffOpenids.includes(v.openid)
  )
}

/** The report, or NOT_FOUND / FORBIDDEN with a message the viewer can act on. */
export function requireViewable(r: StoredReport | null, v: Viewer): StoredReport {
  if (!r) throw new AppError('NOT_FOUND', '报事不存在或已删除')
  if (!canView(r, v)) throw new AppError('FORBIDDEN', '只能查看本人提交或关注的报事')
  return r
}

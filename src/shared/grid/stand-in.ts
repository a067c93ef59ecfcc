import { isId } from '../checks'
import { AppError } from '../errors'
import { addDaysToDay, parseDay } from '../time'

/** The longest leave a stand-in covers in one go, in days (a longer absence is a new worker). */
export const STAND_IN_DAYS_MAX = 90

/** What the office sends to name a stand-in: the grid, who stands in, Beijing days from–to. */
export interface StandInRequest {
  gridId: string
  /** The stand-in's OPENID (a grid worker of another grid). */
  openid: string
  from: string
  to: string
}

/**
 * Checks a stand-in request against today (Beijing day `today`): real days, from ≤ to, not
 * ended already, at most STAND_IN_DAYS_MAX days. INVALID_INPUT with a message per field.
 */
export function validateStandIn(input: unknown, today: string): StandInRequest {
  const v = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>
  const f: Record<string, string> = {}
  if (!isId(v.gridId)) f.gridId = '请选择网格'
  if (!isId(v.openid)) f.openid = '请选择代班的网格员'
  const from = parseDay(v.from)
  const to = parseDay(v.to)
  if (!from) f.from = '请选择开始日期'
  if (!to) f.to = '请选择结束日期'
  else if (from && to < from) f.to = '结束日期不能早于开始日期'
  else if (to < today) f.to = '结束日期已过'
  else if (from && to > addDaysToDay(from, STAND_IN_DAYS_MAX - 1))
    f.to = `代班最长 ${STAND_IN_DAYS_MAX} 天（含首尾两天），请把结束日期提前`
  const messages = Object.values(f)
  if (messages.length) throw new AppError('INVALID_INPUT', messages[0], f)
  return { gridId: v.gridId as string, openid: v.openid as string, from: from!, to: to! }
}

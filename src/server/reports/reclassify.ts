import { AppError } from '../../shared/errors'
import {
  canDo,
  categoryLabel,
  categoryOf,
  deadlinesFor,
  nextState,
  type ActionInputs,
} from '../../shared/reports'
import type { ActionContext } from '../context'
import { slaSettings } from '../settings'
import type { StoredReport } from './model'
import { findHandler, resolvePlace } from './routing'
import { freshClock, type Prepared, type Transition } from './transition'

/**
 * 更改类别 (street office). The time-limit rule, decided here: the report keeps the time the
 * street received it (`createdAt`) and gets the new category's limits counted from it — a
 * correction of the label must neither hand out a fresh clock (reclassifying would then excuse
 * any overdue report) nor be backdated further. Acceptance already given stays judged by the
 * accept limit in force when it happened. The reminders and the overdue mark start over, and the
 * timer judges the new deadlines on its next round, by its one rule.
 * When the new category is one the current handler's kind does not take (电梯 is 物业's only),
 * the step is a 派单 to the handler the filing rules pick for the place — allowed only where the
 * office may 派单, with the new handler's fresh clock and new-task notice, as a 派单 has.
 */
type Input = ActionInputs['reclassify']

/** True when the new category must go to another kind of handler. */
const moves = (r: StoredReport, categoryKey: string) =>
  !categoryOf(categoryKey).targets.includes(r.handler.kind)

/** The timeline's 类别 line and, for a move, the notice of the 派单 it is. */
export function reclassifyStep(r: StoredReport, input: Input): Pick<Transition, 'note' | 'notice'> {
  const note = `${categoryLabel(r.categoryKey)} → ${categoryLabel(input.categoryKey)}`
  return moves(r, input.categoryKey)
    ? { note, notice: { action: 'dispatch', note: input.reason } }
    : { note }
}

export async function prepareReclassify(
  ctx: ActionContext,
  r: StoredReport,
  input: Input,
  at: Date,
): Promise<Prepared> {
  const { categoryKey } = input
  if (categoryKey === r.categoryKey)
    throw new AppError('INVALID_INPUT', '新类别与原类别相同', { categoryKey: '请选择另一个类别' })
  const { limits } = await slaSettings(ctx.db, r.streetId)
  const category = { categoryKey, taxonomyCode: categoryOf(categoryKey).taxonomyCode }
  if (!moves(r, categoryKey)) {
    const d = deadlinesFor(categoryKey, r.urgency, new Date(r.createdAt).getTime(), limits)
    const accepted = r.events.some((e) => e.action === 'accept')
    const deadlines = {
      acceptBy: accepted ? r.deadlines.acceptBy : new Date(d.acceptBy),
      resolveBy: new Date(d.resolveBy),
    }
    return { patch: { ...category, deadlines, reminded: {}, overdue: false } }
  }
  const label = categoryLabel(categoryKey)
  if (!canDo(r.state, 'dispatch', 'office'))
    throw new AppError('CONFLICT', `「${label}」须由物业公司办理，而报事已在办理中，不能改派`)
  const kind = categoryOf(categoryKey).targets[0]
  const handler = await findHandler(ctx.db, kind, await resolvePlace(ctx.db, r.location))
  return {
    patch: {
      ...category,
      handler,
      target: handler.kind,
      ...freshClock({ categoryKey, urgency: r.urgency }, at, limits),
    },
    state: nextState(r.state, 'dispatch', 'office'),
  }
}

import { viewerOf } from '@server/reports/access'
import { findReport } from '@server/reports/model'
import { reclassifyStep } from '@server/reports/reclassify'
import { prepareStep } from '@server/reports/steps'
import { applyTransition } from '@server/reports/transition'
import { toDetail } from '@server/reports/view'
import { requireInScope } from '@server/street-scope'
import { platformClock, type Action } from '@server/router'
import { id } from '@shared/checks'
import { AppError } from '@shared/errors'
import {
  CALLBACK_OUTCOMES,
  isReportAction,
  validateActionInput,
  type ActionInputs,
  type ReportAction,
} from '@shared/reports'

export interface TransitionReq {
  id: string
  version: number
  action: ReportAction
  input: ActionInputs[ReportAction]
}

const STALE = '该报事刚刚已被他人处理，请刷新后查看'
const GONE = '报事不存在或已删除'

function validate(p: unknown): TransitionReq {
  const v = (p ?? {}) as Record<string, unknown>
  const reportId = id(v.id, '报事编号不正确')
  if (!isReportAction(v.action) || v.action === 'autoClose')
    throw new AppError('INVALID_INPUT', '不支持的操作')
  if (!Number.isInteger(v.version) || (v.version as number) < 1)
    throw new AppError('INVALID_INPUT', '请刷新后重试')
  const input = validateActionInput(v.action, v, platformClock().getTime())
  if (v.action === 'markDuplicate' && (input as { duplicateOf: string }).duplicateOf === reportId)
    throw new AppError('INVALID_INPUT', '不能把报事标记为它自己的重复', {
      duplicateOf: '请选择另一条报事',
    })
  return { id: reportId, version: v.version as number, action: v.action, input }
}

/**
 * `report.transition`: one step of the closed loop, taken by applyTransition: the shared table
 * decides whether this caller (as reporter, handler or office) may take this action in this
 * state; the update is conditional on the version the caller saw, so of two people acting at
 * once exactly one succeeds, and only the winner's side effects happen.
 */
export const transition: Action<'report.transition', TransitionReq> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office', 'district'],
  validate,
  async handle(ctx, { id: reportId, version, action, input }) {
    if (ctx.role === 'district' && action !== 'urge')
      throw new AppError('FORBIDDEN', '区级账号只能查看和督办报事，办理由街道和网格负责')
    const found = await findReport(ctx.db, reportId)
    // The office acts on its own street's reports only; another street's is hidden (street-scope.ts).
    const r = ctx.role === 'office' ? await requireInScope(ctx, found, GONE) : found
    if (!r) throw new AppError('NOT_FOUND', GONE)
    const i = input as Partial<Record<'note' | 'reason' | 'comment' | 'outcome', string>> & {
      photos?: string[]
      rating?: number
    }
    const after = await applyTransition(ctx, r, {
      action,
      by: ctx,
      version,
      // A rating's comment is the note of its event.
      note: i.note || i.comment || undefined,
      // A 回访's answer is the 回访结果 line of its event.
      reason: i.reason || CALLBACK_OUTCOMES.find((o) => o.key === i.outcome)?.label || undefined,
      photos: i.photos,
      rating: i.rating,
      prepare: (at) => prepareStep(ctx, r, action, input, at),
      // 更改类别: the timeline says from → to, and a move to another handler is told as a 派单.
      ...(action === 'reclassify' ? reclassifyStep(r, input as ActionInputs['reclassify']) : {}),
    })
    if (!after) throw new AppError('CONFLICT', STALE)
    return toDetail(after, await viewerOf(ctx))
  },
}

import type { ActionContext } from '../../../src/server/context'
import { platformClock, type ActionDef } from '../../../src/server/router'
import { announce } from '../../../src/server/reports/announce'
import { REPORTS, type StoredReport } from '../../../src/server/reports/model'
import { handlerOf } from '../../../src/server/reports/routing'
import { slaSettings } from '../../../src/server/settings'
import { toDetail } from '../../../src/server/reports/view'
import type { ReportDetail } from '../../../src/shared/contracts/report'
import { AppError } from '../../../src/shared/errors'
import {
  actorsOf,
  authorize,
  deadlinesFor,
  isOpenState,
  isReportAction,
  validateActionInput,
  type ActionInputs,
  type ReportAction,
  type ReportEvent,
} from '../../../src/shared/reports'
import { claimFiles, PHOTO_CLAIM } from '../../../src/server/claim'
import { getReport } from './lookups'
import { validateId } from './read'

export interface TransitionReq {
  id: string
  version: number
  action: ReportAction
  input: ActionInputs[ReportAction]
}

const STALE = '该报事刚刚已被他人处理，请刷新后查看'

/** What changes besides state/version/events, per action (new handler, rating, clocks …). */
async function extraFor(
  ctx: ActionContext,
  r: StoredReport,
  action: ReportAction,
  input: Record<string, unknown>,
  at: Date,
): Promise<Record<string, unknown>> {
  switch (action) {
    case 'transfer':
    case 'dispatch': {
      const handler = await handlerOf(ctx.db, input.to as { kind: 'grid' | 'property'; id: string })
      if (handler.id === r.handler.id)
        throw new AppError('INVALID_INPUT', '已是当前承办方', { to: '请选择另一个网格或物业公司' })
      const d = deadlinesFor(
        r.categoryKey,
        r.urgency,
        at.getTime(),
        (await slaSettings(ctx.db)).limits,
      )
      return {
        handler,
        target: handler.kind,
        deadlines: { acceptBy: new Date(d.acceptBy), resolveBy: new Date(d.resolveBy) },
        clockStart: at,
        reminded: {},
        overdue: false,
      }
    }
    case 'accept':
      return { clockStart: at, reminded: { ...r.reminded, resolve: false } }
    case 'reopen': {
      const d = deadlinesFor(
        r.categoryKey,
        r.urgency,
        at.getTime(),
        (await slaSettings(ctx.db)).limits,
      )
      return {
        deadlines: { acceptBy: r.deadlines.acceptBy, resolveBy: new Date(d.resolveBy) },
        clockStart: at,
        reminded: {},
        overdue: false,
        resolvedAt: null,
      }
    }
    case 'resolve':
      return { resolvedAt: at }
    case 'confirm':
      return { rating: { score: input.rating, comment: input.comment, at }, closedAt: at }
    case 'assignDepartment':
      return {
        department: { name: input.department, deadline: new Date(input.deadline as number) },
      }
    case 'markDuplicate': {
      const target = await getReport(ctx.db, input.duplicateOf as string)
      if (!target || !isOpenState(target.state))
        throw new AppError('INVALID_INPUT', '重复的那条报事不存在或已办结', {
          duplicateOf: '请选择一条仍在办理的报事',
        })
      // The reporter and followers move over: they get the surviving report's updates.
      const movers = [r.reporterOpenid, ...r.followers].filter((o) => o !== target.reporterOpenid)
      if (movers.length)
        await ctx.db
          .collection(REPORTS)
          .doc(target._id)
          .update({ data: { followers: ctx.db.command.addToSet({ each: movers }) } })
      return { duplicateOf: target._id, closedAt: at }
    }
    default:
      return {}
  }
}

/**
 * `report.transition`: one step of the closed loop. The shared table decides whether this caller
 * (as reporter, handler or office) may take this action in this state; the update is conditional
 * on the version the caller saw, so of two people acting at once exactly one succeeds.
 */
export const transition: ActionDef<TransitionReq, ReportDetail> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  validate(p) {
    const v = (p ?? {}) as Record<string, unknown>
    const { id } = validateId(v)
    if (!isReportAction(v.action) || v.action === 'autoClose')
      throw new AppError('INVALID_INPUT', '不支持的操作')
    if (!Number.isInteger(v.version) || (v.version as number) < 1)
      throw new AppError('INVALID_INPUT', '请刷新后重试')
    return {
      id,
      version: v.version as number,
      action: v.action,
      input: validateActionInput(v.action, v, platformClock().getTime()),
    }
  },
  async handle(ctx, { id, version, action, input }) {
    const r = await getReport(ctx.db, id)
    if (!r) throw new AppError('NOT_FOUND', '报事不存在或已删除')
    const actors = actorsOf(ctx, r)
    if (!actors.length) throw new AppError('FORBIDDEN', '没有权限处理此报事')
    const { actor, next } = authorize(r.state, action, actors)
    if (version !== r.version) throw new AppError('CONFLICT', STALE)
    const at = ctx.now()
    const i = input as Record<string, unknown>
    const extra = await extraFor(ctx, r, action, i, at)
    // Photos of a resolution or a note are claimed like a report's (claim.ts); a losing update
    // leaves only unreferenced copies, which nobody can read.
    const photos = Array.isArray(i.photos)
      ? await claimFiles(ctx, i.photos as string[], `reports/${id}`, PHOTO_CLAIM)
      : undefined
    const event: ReportEvent = {
      at,
      action,
      byOpenid: ctx.openid,
      byRole: actor === 'reporter' && ctx.role !== 'resident' ? 'resident' : ctx.role,
      byName: ctx.user?.name ?? '',
      from: r.state,
      to: next,
      ...(i.note ? { note: String(i.note) } : {}),
      ...(i.reason ? { reason: String(i.reason) } : {}),
      ...(i.comment ? { note: String(i.comment) } : {}),
      ...(photos ? { photos } : {}),
      ...(typeof i.rating === 'number' ? { rating: i.rating } : {}),
    }
    const _ = ctx.db.command
    const res = await ctx.db
      .collection(REPORTS)
      .where({ _id: id, version })
      .update({
        data: { ...extra, state: next, version: version + 1, events: _.push(event), updatedAt: at },
      })
    if (!res.stats?.updated) throw new AppError('CONFLICT', STALE)
    const after = (await getReport(ctx.db, id))!
    await announce(ctx, after, action, ctx.openid, String(i.reason ?? i.note ?? i.comment ?? ''))
    return toDetail(after, ctx)
  },
}

import { AppError } from '../../shared/errors'
import { followUpOf, isOpenState, type ActionInputs, type ReportAction } from '../../shared/reports'
import type { ActionContext } from '../context'
import { COLL } from '../db'
import { claimPhotos } from '../claim'
import { slaSettings } from '../settings'
import { findReport, type StoredReport } from './model'
import { prepareReclassify } from './reclassify'
import { handlerOf } from './routing'
import { freshClock, type Prepared } from './transition'

/**
 * What each person's step changes besides state, version and timeline (a new handler, clocks,
 * the rating …), after the checks only the database can make. Effects on other documents are
 * deferred to `afterWin`: a step that loses the conditional update leaves no trace.
 */
export async function prepareStep<A extends ReportAction>(
  ctx: ActionContext,
  r: StoredReport,
  action: A,
  input: ActionInputs[A],
  at: Date,
): Promise<Prepared> {
  switch (action) {
    case 'transfer':
    case 'dispatch': {
      const handler = await handlerOf(ctx.db, (input as ActionInputs['transfer']).to, r.streetId)
      // Re-dispatch to the same grid or company is a handover: allowed when its staff changed
      // since the report came (a new worker gets it with a fresh clock and the new-task notice).
      // Otherwise it would only restart the time limit, so it stays refused.
      if (
        handler.id === r.handler.id &&
        (action === 'transfer' || sameStaff(handler.staffOpenids, r.handler.staffOpenids))
      )
        throw new AppError('INVALID_INPUT', '已是当前承办方', { to: '请选择另一个网格或物业公司' })
      const { limits } = await slaSettings(ctx.db, r.streetId)
      return { patch: { handler, target: handler.kind, ...freshClock(r, at, limits) } }
    }
    case 'accept':
      return { patch: { clockStart: at, reminded: { ...r.reminded, resolve: false } } }
    case 'reopen': {
      const { limits } = await slaSettings(ctx.db, r.streetId)
      return { patch: { ...freshClock(r, at, limits, r.deadlines.acceptBy), resolvedAt: null } }
    }
    // Photos are claimed once the actor is allowed (claim.ts); a step that then loses the
    // conditional update leaves only unreferenced copies, which nobody can read.
    case 'note':
      return { photos: await claimPhotos(ctx, r._id, (input as ActionInputs['note']).photos) }
    case 'resolve': {
      const photos = await claimPhotos(ctx, r._id, (input as ActionInputs['resolve']).photos)
      return { patch: { resolvedAt: at }, photos }
    }
    case 'confirm': {
      const { rating, comment } = input as ActionInputs['confirm']
      return { patch: { rating: { score: rating, comment, at }, closedAt: at } }
    }
    case 'assignDepartment': {
      const { department, deadline } = input as ActionInputs['assignDepartment']
      return { patch: { department: { name: department, deadline: new Date(deadline) } } }
    }
    case 'callback': {
      // The last call stands; 未接通 records the attempt but keeps an earlier answer for 满意率.
      const { outcome, note } = input as ActionInputs['callback']
      const by = { byOpenid: ctx.openid, byName: ctx.user?.name ?? '' }
      const answer = followUpOf(outcome)
      return {
        patch: {
          callback: { outcome, note, at, ...by },
          ...(answer ? { followUp: { ...answer, at } } : {}),
        },
      }
    }
    case 'reclassify':
      return prepareReclassify(ctx, r, input as ActionInputs['reclassify'], at)
    case 'markDuplicate':
      return markDuplicate(ctx, r, (input as ActionInputs['markDuplicate']).duplicateOf, at)
    default:
      return {}
  }
}

function sameStaff(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((o) => b.includes(o))
}

/** The surviving report must still be open; its reporter and followers move over once merged. */
async function markDuplicate(
  ctx: ActionContext,
  r: StoredReport,
  targetId: string,
  at: Date,
): Promise<Prepared> {
  const target = await findReport(ctx.db, targetId)
  if (!target || target._id === r._id || !isOpenState(target.state))
    throw new AppError('INVALID_INPUT', '重复的那条报事不存在或已办结', {
      duplicateOf: '请选择一条仍在办理的报事',
    })
  const movers = [r.reporterOpenid, ...r.followers].filter((o) => o !== target.reporterOpenid)
  return {
    patch: { duplicateOf: target._id, closedAt: at },
    afterWin: async () => {
      if (!movers.length) return
      await ctx.db
        .collection(COLL.reports)
        .doc(target._id)
        .update({ data: { followers: ctx.db.command.addToSet({ each: movers }) } })
    },
  }
}

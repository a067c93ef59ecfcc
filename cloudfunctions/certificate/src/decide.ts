import type { ActionContext } from '@server/context'
import { approveAndIssue } from '@server/certificates/issue'
import type { StoredApplication } from '@server/certificates/model'
import { COLL } from '@server/db'
import type { Action } from '@server/router'
import { tellApplicant } from '@server/certificates/people'
import {
  APPLICATION_RULES,
  assertMayAct,
  validateMaterialRequest,
  validateRejection,
  validateRevocation,
  type ApplicationAction,
} from '@shared/certificates'
import type { ApplicationDetail, DecisionReq } from '@shared/contracts/certificate'
import { AppError } from '@shared/errors'
import { applicationId, detailOf, loadVisible } from './load'

type Res = { application: ApplicationDetail }

function decisionReq(p: unknown): DecisionReq {
  const v = (p ?? {}) as Record<string, unknown>
  const id = applicationId(v.id)
  if (!Number.isInteger(v.version))
    throw new AppError('INVALID_INPUT', '版本号不正确，请刷新后重试')
  return { id, version: v.version as number }
}

/**
 * A reviewer's decision other than approval: one conditional update on (id, version, state), so
 * of two reviewers deciding at once exactly one wins and the other is told to refresh.
 */
async function decide(
  ctx: ActionContext,
  req: DecisionReq,
  action: ApplicationAction,
  note: string,
  extra: Record<string, unknown> = {},
): Promise<Res> {
  const a = await loadVisible(ctx, req.id)
  const next = assertMayAct(ctx, a.applicantOpenid, action, a.state)
  const from = APPLICATION_RULES.filter(([x]) => x === action).flatMap(([, , f]) => f)
  const _ = ctx.db.command
  const at = ctx.now()
  const event = { at, action, byOpenid: ctx.openid, byRole: ctx.role, note }
  const r = await ctx.db
    .collection(COLL.applications)
    .where({ _id: a._id, version: req.version, state: _.in(from) })
    .update({
      data: {
        state: next,
        version: _.inc(1),
        events: _.push([event]),
        deadline: null,
        decisionNote: note,
        updatedAt: at,
        ...extra,
      },
    })
  if (r.stats.updated !== 1) throw new AppError('CONFLICT', '这份申请刚刚已被处理，请刷新后查看')
  const done = await loadVisible(ctx, a._id)
  await tellApplicant(ctx, done, note)
  return { application: await detailOf(ctx, done) }
}

/** `certificate.approve`: issue the certificate (serial, dates, verification code). */
export const approve: Action<'certificate.approve', DecisionReq> = {
  roles: ['office'],
  validate: decisionReq,
  async handle(ctx, req) {
    const a = await loadVisible(ctx, req.id)
    assertMayAct(ctx, a.applicantOpenid, 'approve', a.state)
    const done: StoredApplication = await approveAndIssue(ctx, a._id, req.version)
    await tellApplicant(ctx, done, `证明编号 ${done.certificate?.serial}`)
    return { application: await detailOf(ctx, done) }
  },
}

/** `certificate.reject`: with a reason from the list (and a note); the applicant may correct it. */
export const reject: Action<'certificate.reject', DecisionReq & { reason: string }> = {
  roles: ['office'],
  validate: (p) => {
    const r = validateRejection(p)
    return { ...decisionReq(p), reason: r.note ? `${r.reasonLabel}：${r.note}` : r.reasonLabel }
  },
  handle: (ctx, req) => decide(ctx, req, 'reject', req.reason),
}

/** `certificate.requestMaterial`: says what to add; the applicant resubmits the same application. */
export const requestMaterial: Action<
  'certificate.requestMaterial',
  DecisionReq & { note: string }
> = {
  roles: ['office'],
  validate: (p) => ({ ...decisionReq(p), ...validateMaterialRequest(p) }),
  handle: (ctx, req) => decide(ctx, req, 'requestMaterial', req.note),
}

/** `certificate.revoke`: the verify page says 已撤销 with the reason from now on. */
export const revoke: Action<'certificate.revoke', DecisionReq & { note: string }> = {
  roles: ['office'],
  validate: (p) => ({ ...decisionReq(p), ...validateRevocation(p) }),
  handle: (ctx, req) =>
    decide(ctx, req, 'revoke', req.note, {
      'certificate.revokedAt': ctx.now(),
      'certificate.revokeReason': req.note,
    }),
}

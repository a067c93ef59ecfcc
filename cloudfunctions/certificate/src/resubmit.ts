import { catalogueEntry } from '@server/certificates/catalogue'
import { formOf } from '@server/certificates/model'
import { tellReviewers } from '@server/certificates/people'
import { COLL } from '@server/db'
import type { Action } from '@server/router'
import { workCalendar } from '@server/settings'
import { assertCan, validateApplication } from '@shared/certificates'
import type { ApplicationInput } from '@shared/contracts/certificate'
import { AppError } from '@shared/errors'
import { addWorkingDays } from '@shared/time'
import { enforceLimits } from '@server/rate-limit'
import { checkAgainstServer, claimAttachments } from './checks'
import { applicationId, detailOf, loadVisible } from './load'

interface Req {
  id: string
  version: number
  input: ApplicationInput
}

function validate(p: unknown): Req {
  const v = (p ?? {}) as Record<string, unknown>
  const id = applicationId(v.id)
  if (!Number.isInteger(v.version))
    throw new AppError('INVALID_INPUT', '版本号不正确，请刷新后重试')
  const input = v.input && typeof v.input === 'object' ? (v.input as ApplicationInput) : {}
  return { id, version: v.version as number, input }
}

/**
 * `certificate.resubmit`: the applicant corrects a rejected application or adds the material
 * asked for, and sends the same application again; its decision date starts over. An ID number
 * left out keeps the one on file (the applicant only ever sees it masked), so the form is judged
 * once the stored application is read.
 */
export const resubmit: Action<'certificate.resubmit', Req> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  validate,
  async handle(ctx, p) {
    const a = await loadVisible(ctx, p.id)
    if (a.applicantOpenid !== ctx.openid) throw new AppError('FORBIDDEN', '只能修改本人的申请')
    assertCan('resident', 'resubmit', a.state)
    const at = ctx.now()
    const input = { ...p.input }
    if (input.idNumber === undefined || input.idNumber === '') input.idNumber = a.form.idNumber
    const app = validateApplication(a.typeKey, input, at)
    const entry = await catalogueEntry(ctx.db, a.typeKey, a.streetId)
    await checkAgainstServer(ctx, entry, app)
    const { promise } = app
    if (app.attachments.length)
      await enforceLimits(ctx, ['attachPerUserDay'], app.attachments.length)
    const attachments = await claimAttachments(ctx, a._id, app.attachments, a.attachments)
    const form = formOf(app)
    const deadline = addWorkingDays(at, entry.timeLimitDays, await workCalendar(ctx.db, a.streetId))
    const _ = ctx.db.command
    const r = await ctx.db
      .collection(COLL.applications)
      .where({ _id: a._id, version: p.version, state: _.in(['needMaterial', 'rejected']) })
      .update({
        data: {
          form: _.set(form),
          attachments: _.set(attachments),
          promise: _.set(promise),
          state: 'submitted',
          version: _.inc(1),
          events: _.push([
            { at, action: 'resubmit', byOpenid: ctx.openid, byRole: ctx.role, note: '' },
          ]),
          deadline,
          decisionNote: '',
          updatedAt: at,
        },
      })
    if (r.stats.updated !== 1) throw new AppError('CONFLICT', '申请状态已变化，请刷新后重试')
    const done = await loadVisible(ctx, a._id)
    await tellReviewers(ctx, done, '申请已重新提交')
    return { application: await detailOf(ctx, done) }
  },
}

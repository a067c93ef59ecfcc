import type { ActionDef } from '../../../src/server/router'
import { catalogueEntry } from '../../../src/server/certificates/catalogue'
import { APPLICATIONS, formOf } from '../../../src/server/certificates/model'
import { tellReviewers } from '../../../src/server/certificates/people'
import { addWorkingDays, assertCan, validateApplication } from '../../../src/shared/certificates'
import type { CertificateActions } from '../../../src/shared/contracts/certificate'
import { AppError } from '../../../src/shared/errors'
import { enforceLimits } from '../../../src/server/rate-limit'
import { checkAgainstServer } from './checks'
import { detailOf, loadVisible } from './load'

type A = CertificateActions['certificate.resubmit']

/**
 * `certificate.resubmit`: the applicant corrects a rejected application or adds the material
 * asked for, and sends the same application again; its decision date starts over. An ID number
 * left out keeps the one on file (the applicant only ever sees it masked).
 */
export const resubmit: ActionDef<A['req'], A['res']> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  async handle(ctx, p) {
    const a = await loadVisible(ctx, p?.id)
    if (a.applicantOpenid !== ctx.openid) throw new AppError('FORBIDDEN', '只能修改本人的申请')
    if (!Number.isInteger(p?.version))
      throw new AppError('INVALID_INPUT', '版本号不正确，请刷新后重试')
    assertCan('resident', 'resubmit', a.state)
    const at = ctx.now()
    const input = { ...(p.input ?? {}) } as Record<string, unknown>
    if (input.idNumber === undefined || input.idNumber === '') input.idNumber = a.form.idNumber
    const app = validateApplication(a.typeKey, input, at)
    const entry = await catalogueEntry(ctx.db, a.typeKey)
    await checkAgainstServer(ctx, entry, app)
    if (app.attachments.length)
      await enforceLimits(ctx, ['attachPerUserDay'], app.attachments.length)
    const { attachments, promise } = app
    const form = formOf(app)
    const _ = ctx.db.command
    const r = await ctx.db
      .collection(APPLICATIONS)
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
          deadline: addWorkingDays(at, entry.timeLimitDays),
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

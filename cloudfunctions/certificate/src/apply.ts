import type { ActionDef } from '../../../src/server/router'
import { catalogueEntry } from '../../../src/server/certificates/catalogue'
import {
  APPLICATIONS,
  applicationNo,
  formOf,
  type StoredApplication,
} from '../../../src/server/certificates/model'
import { tellReviewers } from '../../../src/server/certificates/people'
import { toAppSummary } from '../../../src/server/certificates/view'
import {
  addWorkingDays,
  certificateType,
  validateApplication,
} from '../../../src/shared/certificates'
import type { CertificateActions } from '../../../src/shared/contracts/certificate'
import { newId } from '../../../src/shared/ids'
import { enforceLimits } from '../../../src/server/rate-limit'
import { checkAgainstServer, pausedError } from './checks'
import { findByRequest } from './load'

type Req = CertificateActions['certificate.apply']['req']
type Res = CertificateActions['certificate.apply']['res']

/**
 * `certificate.apply`: the form checked by the app's own validator, then against the office's
 * settings, the caller's binding and uploads; stored with its first event and a decision date;
 * the reviewers told. The client's requestId makes a retry return the first application.
 */
export const apply: ActionDef<Req, Res> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  async handle(ctx, payload) {
    const { db, openid, now } = ctx
    const at = now()
    // A paused type is refused before the form is judged: no point correcting it.
    const entry = await catalogueEntry(db, certificateType(payload?.typeKey).key)
    if (!entry.enabled) throw pausedError(entry)
    const app = validateApplication(entry.key, payload?.input, at)
    const earlier = await findByRequest(db, openid, app.requestId)
    if (earlier) return { application: toAppSummary(earlier, ctx), duplicate: true }
    await checkAgainstServer(ctx, entry, app)
    await enforceLimits(ctx, ['applicationPerUserDay', 'applicationPerIpHour'])
    if (app.attachments.length)
      await enforceLimits(ctx, ['attachPerUserDay'], app.attachments.length)
    const { attachments, promise, requestId } = app
    const form = formOf(app)
    const id = newId('a')
    const doc: StoredApplication = {
      _id: id,
      no: applicationNo(id, at),
      requestKey: `${openid}:${requestId}`,
      applicantOpenid: openid,
      typeKey: app.typeKey,
      form,
      attachments,
      promise,
      state: 'submitted',
      version: 1,
      events: [{ at, action: 'apply', byOpenid: openid, byRole: ctx.role, note: '' }],
      deadline: addWorkingDays(at, entry.timeLimitDays),
      decisionNote: '',
      createdAt: at,
      updatedAt: at,
    }
    try {
      await db.collection(APPLICATIONS).add({ data: doc })
    } catch (err) {
      // Two taps raced past the look-up: the unique requestKey let exactly one in.
      const first = await findByRequest(db, openid, requestId)
      if (first) return { application: toAppSummary(first, ctx), duplicate: true }
      throw err
    }
    await tellReviewers(ctx, doc, '新的证明申请')
    return { application: toAppSummary(doc, ctx), duplicate: false }
  },
}

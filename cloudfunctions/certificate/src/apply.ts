import { catalogueEntry } from '@server/certificates/catalogue'
import { applicationNo, formOf, type StoredApplication } from '@server/certificates/model'
import { tellReviewers } from '@server/certificates/people'
import { toAppSummary } from '@server/certificates/view'
import { COLL } from '@server/db'
import { partyFor } from '@server/on-behalf'
import { requireBuilding } from '@server/places'
import { platformClock, type Action } from '@server/router'
import { workCalendar } from '@server/settings'
import { callerStreetIdIfAny, homeStreetId } from '@server/street-scope'
import {
  certificateType,
  validateApplication,
  type CertificateApplication,
  type CertificateTypeKey,
} from '@shared/certificates'
import { AppError } from '@shared/errors'
import { checkOnBehalf, type OnBehalf } from '@shared/reports'
import { ROLE_LABEL } from '@shared/roles'
import { newId } from '@shared/ids'
import { addWorkingDays } from '@shared/time'
import { enforceLimits } from '@server/rate-limit'
import { checkAgainstServer, claimAttachments, pausedError } from './checks'
import { findByRequest } from './load'

/**
 * The form, judged in `validate` like every input, but its verdict is given in `handle` only
 * after the type's settings: a paused type is refused first (no point correcting the form).
 */
interface Req {
  typeKey: CertificateTypeKey
  form: { app: CertificateApplication } | { error: AppError }
  /** 代办: whom staff apply for (src/server/on-behalf.ts). */
  onBehalf?: OnBehalf
}

function validate(p: unknown): Req {
  const v = (p ?? {}) as { typeKey?: unknown; input?: unknown; onBehalf?: unknown }
  const typeKey = certificateType(v.typeKey).key
  const f: Record<string, string> = {}
  const onBehalf = checkOnBehalf(v.onBehalf, f)
  if (f.onBehalf) throw new AppError('INVALID_INPUT', f.onBehalf, f)
  if (onBehalf) return { ...validateForm(typeKey, v.input), onBehalf }
  return validateForm(typeKey, v.input)
}

function validateForm(typeKey: CertificateTypeKey, input: unknown): Req {
  const v = { input }
  try {
    return { typeKey, form: { app: validateApplication(typeKey, v.input, platformClock()) } }
  } catch (err) {
    if (err instanceof AppError) return { typeKey, form: { error: err } }
    throw err
  }
}

/**
 * `certificate.apply`: the form checked by the app's own validator, then against the office's
 * settings, the caller's binding and uploads; stored with its first event and a decision date;
 * the reviewers told. The client's requestId makes a retry return the first application.
 */
export const apply: Action<'certificate.apply', Req> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  validate,
  async handle(ctx, { typeKey, form: checked, onBehalf }) {
    const { db, openid, now } = ctx
    const at = now()
    // The street of the address it certifies (that street's office reviews it, with its
    // catalogue and calendar); a form too broken to name one is judged by the caller's street.
    const streetId =
      'app' in checked
        ? ((await homeStreetId(db, checked.app.address.buildingId)) ?? '')
        : await callerStreetIdIfAny(ctx)
    const entry = await catalogueEntry(db, typeKey, streetId)
    if (!entry.enabled) throw pausedError(entry)
    if ('error' in checked) throw checked.error
    const app = checked.app
    const earlier = await findByRequest(db, openid, app.requestId)
    if (earlier) return { application: toAppSummary(earlier, ctx), duplicate: true }
    // 代办: the same rules as 代报; a person without an account applies at the form's address.
    const home =
      onBehalf?.kind === 'person' ? await requireBuilding(db, app.address.buildingId) : null
    const party = await partyFor(ctx, onBehalf, home?.gridId ?? null)
    if (onBehalf?.kind === 'person' && onBehalf.name !== app.name)
      throw new AppError('INVALID_INPUT', '申请人姓名须与代办的居民一致', {
        name: '请填写代办居民的姓名',
      })
    await checkAgainstServer(ctx, entry, app, onBehalf ? (party.address ?? null) : undefined)
    await enforceLimits(ctx, ['applicationPerUserDay', 'applicationPerIpHour'])
    if (app.attachments.length)
      await enforceLimits(ctx, ['attachPerUserDay'], app.attachments.length)
    const { promise, requestId } = app
    const form = formOf(app)
    const id = newId('a')
    const attachments = await claimAttachments(ctx, id, app.attachments)
    const doc: StoredApplication = {
      _id: id,
      no: applicationNo(id, at),
      streetId: streetId ?? '',
      requestKey: `${openid}:${requestId}`,
      applicantOpenid: party.openid,
      ...(party.proxy ? { proxy: party.proxy } : {}),
      typeKey: app.typeKey,
      form,
      attachments,
      promise,
      state: 'submitted',
      version: 1,
      events: [{ at, action: 'apply', byOpenid: openid, byRole: ctx.role, note: proxyNote(party) }],
      deadline: addWorkingDays(at, entry.timeLimitDays, await workCalendar(db, streetId)),
      decisionNote: '',
      createdAt: at,
      updatedAt: at,
    }
    try {
      await db.collection(COLL.applications).add({ data: doc })
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

/** The first event's note of a 代办: who applied for the applicant (shown to them and the office). */
function proxyNote(party: { proxy?: { role: keyof typeof ROLE_LABEL; name: string } }): string {
  return party.proxy ? `${ROLE_LABEL[party.proxy.role]} ${party.proxy.name} 代居民办理`.trim() : ''
}

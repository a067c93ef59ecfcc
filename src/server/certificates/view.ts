import {
  actionsFor,
  APPLICATION_ACTION_LABEL,
  APPLICATION_STATE_LABEL,
  CERTIFICATE_TYPES,
  DEFAULT_TEXTS,
  fillText,
  purposeLabel,
} from '../../shared/certificates'
import type {
  ApplicationDetail,
  ApplicationSummary,
  VerificationView,
} from '../../shared/contracts/certificate'
import { reveal, sees, type Relation } from '../../shared/privacy'
import type { ActionContext } from '../context'
import { toCertificateView } from './certificate'
import type { StoredApplication } from './model'
import { shownFiles } from '../media-check'

const iso = (d: Date | string) => new Date(d).toISOString()

/**
 * How the caller stands to an application (src/shared/privacy.ts): its applicant, the office,
 * and — `filer`, decided by on-behalf.ts's filerHoldsGrid — the grid worker who filed it (代办)
 * while they hold the applicant's grid, who reads it as its handler.
 */
export function relationsToApplication(
  a: StoredApplication,
  ctx: ActionContext,
  filer = false,
): Relation[] {
  const out: Relation[] = []
  if (ctx.openid && a.applicantOpenid === ctx.openid) out.push('owner')
  if (filer) out.push('handler')
  if (ctx.role === 'office') out.push('office')
  return out.length ? out : ['neighbour']
}

export function toAppSummary(
  a: StoredApplication,
  ctx: ActionContext,
  filer = false,
): ApplicationSummary {
  const rel = relationsToApplication(a, ctx, filer)
  const type = CERTIFICATE_TYPES[a.typeKey]
  return {
    id: a._id,
    no: a.no,
    typeKey: a.typeKey,
    typeName: type.name,
    state: a.state,
    stateLabel: APPLICATION_STATE_LABEL[a.state],
    applicantName: reveal('residentName', rel, a.form.name),
    purposeLabel: purposeLabel(type, a.form.purpose, a.form.purposeOther),
    createdAt: iso(a.createdAt),
    deadline: a.deadline ? iso(a.deadline) : null,
    overdue: !!a.deadline && new Date(a.deadline).getTime() < ctx.now().getTime(),
    serial: a.certificate?.serial ?? null,
  }
}

/**
 * The form fields a corrected resubmission starts from (the ID number is typed again or kept).
 * The name and phone in it follow the same table as the fields above.
 */
function formValues(a: StoredApplication, rel: Relation[]): Record<string, string | number> {
  const hidden = new Set(['idNumber', 'birthDate', 'gender', 'address', 'typeKey'])
  if (!sees('residentName', rel)) hidden.add('name')
  if (!sees('residentPhone', rel)) hidden.add('phone')
  return Object.fromEntries(Object.entries(a.form).filter(([k]) => !hidden.has(k))) as Record<
    string,
    string | number
  >
}

export function toAppDetail(
  a: StoredApplication,
  ctx: ActionContext,
  extra: {
    address: { full: string; area: string }
    verifications: VerificationView[]
    filer?: boolean
  },
): ApplicationDetail {
  const rel = relationsToApplication(a, ctx, extra.filer)
  const type = CERTIFICATE_TYPES[a.typeKey]
  const summary = toAppSummary(a, ctx, extra.filer)
  const idNumber = reveal('idNumber', rel, a.form.idNumber)
  const addressLabel = sees('roomAddress', rel) ? extra.address.full : extra.address.area
  // The certificate's text says no more than the rest of this view shows the same viewer.
  const body = fillText(a.certificate?.text ?? DEFAULT_TEXTS[a.typeKey], {
    姓名: summary.applicantName,
    身份证号: idNumber,
    住址: addressLabel,
    用途: summary.purposeLabel,
  })
  return {
    ...summary,
    version: a.version,
    idNumber,
    phone: reveal('residentPhone', rel, a.form.phone),
    addressLabel,
    form: formValues(a, rel),
    attachments: shownFiles(a.attachments, a.hiddenFiles, rel.includes('office')).map((f) => ({
      ...f,
      label: type.attachments.find((s) => s.kind === f.kind)?.label ?? f.kind,
    })),
    promise: a.promise ? { signedName: a.promise.signedName, version: a.promise.version } : null,
    events: a.events.map((e) => ({
      at: iso(e.at),
      action: e.action,
      label: APPLICATION_ACTION_LABEL[e.action],
      byRole: e.byRole,
      note: e.note,
    })),
    decisionNote: a.decisionNote,
    certificate:
      a.certificate && a.verifyCode
        ? toCertificateView(a.certificate, a.verifyCode, ctx.now(), body)
        : null,
    verifications: extra.verifications,
    actions: actionsFor(ctx, a.applicantOpenid, a.state),
  }
}

import {
  allowedActions,
  APPLICATION_ACTION_LABEL,
  APPLICATION_STATE_LABEL,
  CERTIFICATE_TYPES,
  purposeLabel,
} from '../../shared/certificates'
import type {
  ApplicationDetail,
  ApplicationSummary,
  VerificationView,
} from '../../shared/contracts/certificate'
import { maskIdNumber, maskName, maskPhone } from '../../shared/identity'
import type { ActionContext } from '../context'
import { toCertificateView } from './certificate'
import type { StoredApplication } from './model'

const iso = (d: Date | string) => new Date(d).toISOString()

/** The office reviews and so sees everything; the applicant sees their own name and phone. */
function entitled(a: StoredApplication, ctx: ActionContext) {
  const office = ctx.role === 'office'
  const own = a.applicantOpenid === ctx.openid
  return { office, own }
}

export function toAppSummary(a: StoredApplication, ctx: ActionContext): ApplicationSummary {
  const { office, own } = entitled(a, ctx)
  const type = CERTIFICATE_TYPES[a.typeKey]
  return {
    id: a._id,
    no: a.no,
    typeKey: a.typeKey,
    typeName: type.name,
    state: a.state,
    stateLabel: APPLICATION_STATE_LABEL[a.state],
    applicantName: office || own ? a.form.name : maskName(a.form.name),
    purposeLabel: purposeLabel(type, a.form.purpose, a.form.purposeOther),
    createdAt: iso(a.createdAt),
    deadline: a.deadline ? iso(a.deadline) : null,
    overdue: !!a.deadline && new Date(a.deadline).getTime() < ctx.now().getTime(),
    serial: a.certificate?.serial ?? null,
  }
}

/** The form fields a corrected resubmission starts from (the ID number is typed again or kept). */
function formValues(a: StoredApplication): Record<string, string | number> {
  const hidden = new Set(['idNumber', 'birthDate', 'gender', 'address', 'typeKey'])
  return Object.fromEntries(Object.entries(a.form).filter(([k]) => !hidden.has(k))) as Record<
    string,
    string | number
  >
}

export function toAppDetail(
  a: StoredApplication,
  ctx: ActionContext,
  extra: { addressLabel: string; verifications: VerificationView[] },
): ApplicationDetail {
  const { office, own } = entitled(a, ctx)
  const type = CERTIFICATE_TYPES[a.typeKey]
  const role = office ? 'office' : 'resident'
  return {
    ...toAppSummary(a, ctx),
    version: a.version,
    idNumber: office ? a.form.idNumber : maskIdNumber(a.form.idNumber),
    phone: office || own ? a.form.phone : maskPhone(a.form.phone),
    addressLabel: extra.addressLabel,
    form: formValues(a),
    attachments: a.attachments.map((f) => ({
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
        ? toCertificateView(a.certificate, a.verifyCode, ctx.now())
        : null,
    verifications: extra.verifications,
    actions: own || office ? allowedActions(role, a.state) : [],
  }
}

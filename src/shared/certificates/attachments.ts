import { checkPersonName } from '../identity'
import type { CertificateType } from './types'

/** One uploaded file in an attachment slot. */
export interface Attachment {
  /** The slot: one of the type's attachment kinds (idCard, housing …). */
  kind: string
  /** `cloud://…` fileID from the upload. */
  fileID: string
}

/** What the applicant signs instead of some proof. */
export interface SignedPromise {
  accepted: true
  /** The applicant's name as signed; must equal the application's name. */
  signedName: string
  /** The catalogue's promise version the applicant read. */
  version: string
}

type Fields = Record<string, string>
const FILE_ID = /^cloud:\/\/\S{1,500}$/

/**
 * The promise, if one was sent: null when none. Records messages under `promise` for a type
 * without one, an unticked box, or a signature that is not the applicant's name.
 */
export function checkPromise(
  type: CertificateType,
  v: unknown,
  name: string,
  f: Fields,
): SignedPromise | null {
  if (v === undefined || v === null) return null
  if (!type.promise) {
    f.promise = `${type.name}不适用告知承诺，请上传证明材料`
    return null
  }
  const p = (typeof v === 'object' ? v : {}) as Record<string, unknown>
  if (p.accepted !== true) {
    f.promise = `请阅读并同意《${type.promise.title}》`
    return null
  }
  const signed = checkPersonName(p.signedName)
  if (!signed.ok) f.promise = '请在告知承诺书上签署您的姓名'
  else if (name && signed.normalized !== name) f.promise = '签名须与申请人姓名一致'
  if (f.promise) return null
  return { accepted: true, signedName: name, version: type.promise.version }
}

/**
 * The attachments, checked against the type's slots: known kinds, `cloud://` fileIDs, no file
 * twice, at most `maxFiles` per slot, and every required slot filled unless a valid promise
 * replaces it. A slot's messages go under `attachments.<kind>`, shape errors under `attachments`.
 */
export function checkAttachments(
  type: CertificateType,
  v: unknown,
  promised: boolean,
  f: Fields,
): Attachment[] {
  const list = v === undefined || v === null ? [] : v
  const ok =
    Array.isArray(list) &&
    list.every(
      (a) =>
        a &&
        typeof a === 'object' &&
        typeof a.kind === 'string' &&
        typeof a.fileID === 'string' &&
        FILE_ID.test(a.fileID),
    )
  if (!ok) {
    f.attachments = '材料信息无效，请重新上传'
    return []
  }
  const files = (list as Attachment[]).map(({ kind, fileID }) => ({ kind, fileID }))
  if (files.some((a) => !type.attachments.some((s) => s.kind === a.kind)))
    f.attachments = '材料类型有误，请重新上传'
  else if (new Set(files.map((a) => a.fileID)).size !== files.length)
    f.attachments = '同一份材料上传了两次，请删除重复的'
  for (const slot of type.attachments) {
    const n = files.filter((a) => a.kind === slot.kind).length
    const key = `attachments.${slot.kind}`
    if (n > slot.maxFiles) f[key] = `${slot.label}最多上传 ${slot.maxFiles} 张`
    else if (n === 0 && slot.required && !(slot.promiseReplaceable && promised))
      f[key] =
        slot.promiseReplaceable && type.promise
          ? `请上传${slot.label}，或签署告知承诺书`
          : `请上传${slot.label}`
  }
  return files
}

import { quoted } from '../checks'
import { AppError } from '../errors'
import type { Street } from '../streets'
import { CERTIFICATE_TYPE_KEYS, CERTIFICATE_TYPES } from './catalogue'
import type { CertificateTypeKey } from './types'

/**
 * A certificate's wording belongs to its street (issue 20): who issues it (出具单位) and, per type,
 * the body text, kept in the street's settings (`streets.issuer`, `streets.certificateTexts`) and
 * edited by its office. A text holds blanks (`{姓名}` …) filled when the certificate is shown,
 * with what the viewer may see (a masked ID number for anyone but the holder and the office).
 * The text is copied onto a certificate when it is issued: a later edit does not rewrite paper
 * already handed out.
 */

/** The blanks a text may hold. */
export const BLANKS = ['姓名', '身份证号', '住址', '用途'] as const
export type Blank = (typeof BLANKS)[number]
/** A certificate names whom it certifies: these blanks must stay in every text. */
const REQUIRED: readonly Blank[] = ['姓名', '身份证号']
export const TEXT_MAX = 400
export const ISSUER_MAX = 40

/** The generic wording, for a street whose office has not written its own. */
export const DEFAULT_TEXTS: Record<CertificateTypeKey, string> = {
  residence: '兹证明 {姓名}（公民身份号码 {身份证号}）现居住于{住址}。此证明用于{用途}。特此证明。',
  hardship:
    '兹证明 {姓名}（公民身份号码 {身份证号}）现居住于{住址}，经审核，其家庭经济困难。此证明用于{用途}。特此证明。',
}

/** What a street's office edits (`certificate.saveWording`). */
export interface CertificateWording {
  issuer: string
  texts: Record<CertificateTypeKey, string>
}

/** The text a street prints on a type's certificates: its own, else the generic one. */
export function textOf(street: Pick<Street, 'certificateTexts'> | null, key: CertificateTypeKey) {
  return street?.certificateTexts?.[key] || DEFAULT_TEXTS[key]
}

/** The text with its blanks filled. */
export function fillText(text: string, values: Record<Blank, string>): string {
  return text.replace(/\{([^{}]*)\}/g, (all, name: string) =>
    (BLANKS as readonly string[]).includes(name) ? values[name as Blank] : all,
  )
}

/** Why `text` cannot be a type's wording (a Chinese sentence naming the type), or ''. */
export function textError(text: unknown, key: CertificateTypeKey): string {
  const name = CERTIFICATE_TYPES[key].name
  if (typeof text !== 'string' || !text.trim()) return `请填写${name}的证明文字`
  if (text.length > TEXT_MAX) return `${name}的证明文字不能超过 ${TEXT_MAX} 字`
  const blanks = [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1])
  const unknown = blanks.find((b) => !(BLANKS as readonly string[]).includes(b))
  if (unknown !== undefined)
    return `${name}的证明文字中“{${unknown.slice(0, 10)}}”不是可用的填空，可用：${BLANKS.map((b) => `{${b}}`).join('')}`
  if (/[{}]/.test(text.replace(/\{[^{}]*\}/g, '')))
    return `${name}的证明文字中有不成对的花括号：填空须写成 {姓名} 这样`
  const missing = REQUIRED.find((b) => !blanks.includes(b))
  if (missing) return `${name}的证明文字须包含 {${missing}}：证明要写明是谁`
  return ''
}

/** Checks a wording; INVALID_INPUT with the first problem (fields `issuer`, `texts.<type>`). */
export function validateWording(p: unknown): CertificateWording {
  const v = (p ?? {}) as { issuer?: unknown; texts?: unknown }
  const f: Record<string, string> = {}
  const issuer = typeof v.issuer === 'string' ? v.issuer.trim() : ''
  if (issuer.length < 2 || issuer.length > ISSUER_MAX || /[\r\n]/.test(issuer))
    f.issuer = `出具单位应为 2–${ISSUER_MAX} 个字，写在一行`
  const texts = (v.texts && typeof v.texts === 'object' ? v.texts : {}) as Record<string, unknown>
  const extra = Object.keys(texts).find((k) => !(CERTIFICATE_TYPE_KEYS as string[]).includes(k))
  if (extra !== undefined) f.texts = `没有这种证明：${quoted(extra)}`
  for (const k of CERTIFICATE_TYPE_KEYS) {
    const e = textError(texts[k], k)
    if (e) f[`texts.${k}`] = e
  }
  const first = Object.values(f)[0]
  if (first) throw new AppError('INVALID_INPUT', first, f)
  const out = Object.fromEntries(
    CERTIFICATE_TYPE_KEYS.map((k) => [k, (texts[k] as string).trim()]),
  ) as Record<CertificateTypeKey, string>
  return { issuer, texts: out }
}

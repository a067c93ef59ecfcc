import {
  TEMPLATE_FIELDS,
  TEMPLATES,
  fieldTypeOf,
  fitField,
  type TemplateKey,
} from '../shared/subscribe'

/**
 * Which WeChat template each notice kind is sent with, from the function's environment on
 * CloudBase (README, 配置; `npm run check:config` checks it before a deploy):
 * `XB_TPL_REPORT_STATUS` = the template id, `XB_TPL_REPORT_STATUS_FIELDS` = how the console's
 * template numbers its keywords, e.g. `thing1=thing2,phrase2=phrase7` (ours=theirs; unnamed ones
 * keep our key). Unset, the emulator's stand-ins apply.
 */
/** The variables read: the process environment, or a test's own. */
type Env = Record<string, string | undefined>

export const TEMPLATE_ENV: Record<TemplateKey, string> = {
  reportStatus: 'XB_TPL_REPORT_STATUS',
  reportDone: 'XB_TPL_REPORT_DONE',
  newTask: 'XB_TPL_NEW_TASK',
  certResult: 'XB_TPL_CERT_RESULT',
}

export function templateId(key: TemplateKey, env: Env = process.env): string {
  return env[TEMPLATE_ENV[key]] || TEMPLATES[key]
}

/** Every configured template id, for checking what a client says it was granted. */
export function knownTemplateIds(env: Env = process.env): Set<string> {
  return new Set((Object.keys(TEMPLATES) as TemplateKey[]).map((k) => templateId(k, env)))
}

/**
 * A long-term subscription (长期订阅, open to 政务民生 services): `XB_TPL_REPORT_STATUS_LONG=1` says
 * the configured template is one — an accept lets it be sent until the user turns it off.
 */
export function isLongTerm(key: TemplateKey, env: Env = process.env): boolean {
  return env[`${TEMPLATE_ENV[key]}_LONG`] === '1'
}

/** The configured ids of the long-term templates. */
export function longTermIds(env: Env = process.env): Set<string> {
  const keys = (Object.keys(TEMPLATES) as TemplateKey[]).filter((k) => isLongTerm(k, env))
  return new Set(keys.map((k) => templateId(k, env)))
}

/** time and date take the same values (WeChat: a date with an optional 24h time). */
const kin = (t: string | null) => (t === 'date' ? 'time' : t)

/** Our field key → the console template's key, from `…_FIELDS`; throws on a malformed entry. */
export function fieldNames(key: TemplateKey, env: Env = process.env): Record<string, string> {
  const names: Record<string, string> = Object.fromEntries(
    Object.keys(TEMPLATE_FIELDS[key]).map((k) => [k, k]),
  )
  const spec = env[`${TEMPLATE_ENV[key]}_FIELDS`]?.trim()
  if (!spec) return names
  for (const pair of spec.split(',')) {
    const [ours, theirs] = pair.split('=').map((s) => s.trim())
    if (!(ours in names)) throw new Error(`${TEMPLATE_ENV[key]}_FIELDS: unknown field ${ours}`)
    if (!theirs || kin(fieldTypeOf(theirs)) !== kin(fieldTypeOf(ours)))
      throw new Error(
        `${TEMPLATE_ENV[key]}_FIELDS: ${ours} must map to a ${fieldTypeOf(ours)}N key`,
      )
    names[ours] = theirs
  }
  return names
}

/**
 * The `data` of a send: each of the kind's fields under the console's key, cut to its type's limit
 * — so no notice text, however long, can make WeChat refuse the send (47003).
 */
export function templateData(
  key: TemplateKey,
  values: Record<string, string>,
  env: Env = process.env,
): Record<string, { value: string }> {
  const names = fieldNames(key, env)
  return Object.fromEntries(
    Object.entries(TEMPLATE_FIELDS[key]).map(([ours, type]) => [
      names[ours],
      { value: fitField(type, values[ours] ?? '') },
    ]),
  )
}

/**
 * Subscribe-message templates (订阅消息). The ids come from configuration (README, 配置): the app's
 * build reads `TARO_APP_TPL_…` from `.env`, the functions read `XB_TPL_…` (src/server/templates.ts);
 * unset, they are the local emulator's stand-ins (emulator/templates.json). Ids are per-appid, not
 * secret. Field names and types must match the template exactly, or WeChat refuses the send (47003).
 */
import { FORMATS, formatBeijing } from './time'
export const TEMPLATES = {
  /** To a resident: their report changed state. thing1 事项 · phrase2 状态 · time3 时间 · thing4 备注 */
  reportStatus: process.env.TARO_APP_TPL_REPORT_STATUS || 'TPL_REPORT_STATUS',
  /**
   * To a resident: their report was resolved — please confirm and rate. A template of its own so
   * the grant asked for at submit is still there when 受理 has spent the status one.
   * thing1 事项 · phrase2 状态 · time3 时间 · thing4 备注
   */
  reportDone: process.env.TARO_APP_TPL_REPORT_DONE || 'TPL_REPORT_DONE',
  /** To a handler: a new task. thing1 事项 · thing2 地点 · time3 时限 */
  newTask: process.env.TARO_APP_TPL_NEW_TASK || 'TPL_NEW_TASK',
  /** To an applicant: a certificate step. thing1 事项 · phrase2 结果 · time3 时间 · thing4 说明 */
  certResult: process.env.TARO_APP_TPL_CERT_RESULT || 'TPL_CERT_RESULT',
}

export type TemplateKey = keyof typeof TEMPLATES

/**
 * Which templates are long-term subscriptions (长期订阅): one accept lets the server send many
 * times, so the app does not ask again while one is held. Must match the functions'
 * `XB_TPL_…_LONG` (`npm run check:config`).
 */
export const LONG_TERM: Record<TemplateKey, boolean> = {
  reportStatus: process.env.TARO_APP_TPL_REPORT_STATUS_LONG === '1',
  reportDone: process.env.TARO_APP_TPL_REPORT_DONE_LONG === '1',
  newTask: process.env.TARO_APP_TPL_NEW_TASK_LONG === '1',
  certResult: process.env.TARO_APP_TPL_CERT_RESULT_LONG === '1',
}

/**
 * The fields each notice kind fills, with their WeChat types, as the stand-in templates name them.
 * A console template may number its keywords differently: `XB_TPL_…_FIELDS` renames them
 * (src/server/templates.ts), and every value is cut to its type's limit at send (`fitField`).
 */
export const TEMPLATE_FIELDS: Record<TemplateKey, Record<string, FieldType>> = {
  reportStatus: { thing1: 'thing', phrase2: 'phrase', time3: 'time', thing4: 'thing' },
  reportDone: { thing1: 'thing', phrase2: 'phrase', time3: 'time', thing4: 'thing' },
  newTask: { thing1: 'thing', thing2: 'thing', time3: 'time' },
  certResult: { thing1: 'thing', phrase2: 'phrase', time3: 'time', thing4: 'thing' },
}

/** The field types the notices use (a template key's letters: `thing4` → thing). */
export type FieldType = 'thing' | 'phrase' | 'time' | 'date' | 'character_string' | 'name'

export const FIELD_TYPES: FieldType[] = [
  'thing',
  'phrase',
  'time',
  'date',
  'character_string',
  'name',
]

/** The type a template field's key names: `thing12` → thing, `character_string3` → character_string. */
export function fieldTypeOf(key: string): FieldType | null {
  const t = key.replace(/\d+$/, '')
  return (FIELD_TYPES as string[]).includes(t) ? (t as FieldType) : null
}

/**
 * A value made to fit WeChat's limit for its field type (subscribeMessage.send, 参数值限制):
 * thing ≤ 20 characters, phrase ≤ 5 Chinese characters only, character_string ≤ 32 printable
 * ASCII, name ≤ 10 characters; time/date are already built by `wxTime`. Never empty: WeChat refuses
 * an empty value (47003).
 */
export function fitField(type: FieldType, value: string): string {
  switch (type) {
    case 'thing':
      return thing(value) || '—'
    case 'phrase':
      return phrase(value)
    case 'character_string':
      return value.replace(/[^\x21-\x7e]/g, '').slice(0, 32) || '-'
    case 'name':
      return [...value.trim()].slice(0, 10).join('') || '—'
    default:
      return value
  }
}

/** WeChat lets one requestSubscribeMessage ask for at most 3 templates. */
export const MAX_TEMPLATES_PER_REQUEST = 3

/** A `thing` value: at most 20 characters (WeChat counts characters, not bytes). */
export function thing(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  return chars.length <= 20 ? chars.join('') : `${chars.slice(0, 19).join('')}…`
}

/** A `phrase` value: at most 5 Chinese characters, nothing else. */
export function phrase(text: string): string {
  return [...text.replace(/[^\u4e00-\u9fa5]/g, '')].slice(0, 5).join('') || '更新'
}

/** A `time` value in Beijing time: 2026年11月23日 08:05 */
export function wxTime(at: Date): string {
  return formatBeijing(at, FORMATS.cnDateTime)
}

/** What the user answered to the grant prompt, per template id (as wx.requestSubscribeMessage gives it). */
export type GrantAnswers = Record<string, 'accept' | 'reject' | 'ban' | 'filter'>

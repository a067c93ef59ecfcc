/**
 * Subscribe-message templates (订阅消息). The ids are the local emulator's (emulator/templates.json);
 * for production replace them with the ids from 公众平台 → 订阅消息 — they are per-appid, not secret.
 * Field names and types must match the template exactly, or WeChat refuses the send (47003).
 */
import { FORMATS, formatBeijing } from './time'
export const TEMPLATES = {
  /** To a resident: their report changed state. thing1 事项 · phrase2 状态 · time3 时间 · thing4 备注 */
  reportStatus: 'TPL_REPORT_STATUS',
  /** To a handler: a new task. thing1 事项 · thing2 地点 · time3 时限 */
  newTask: 'TPL_NEW_TASK',
  /** To an applicant: a certificate step. thing1 事项 · phrase2 结果 · time3 时间 · thing4 说明 */
  certResult: 'TPL_CERT_RESULT',
} as const

export type TemplateKey = keyof typeof TEMPLATES

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

import { bankGrants, grantStanding } from '@server/grants'
import type { Action } from '@server/router'
import { quoted } from '@shared/checks'
import { AppError } from '@shared/errors'
import { knownTemplateIds } from '@server/templates'
import { MAX_TEMPLATES_PER_REQUEST, type GrantAnswers } from '@shared/subscribe'

/** Only known templates, at most 3, each answered with one of WeChat's words. */
export function validateGrants(payload: unknown): { answers: GrantAnswers } {
  const answers = (payload as { answers?: unknown })?.answers
  if (!answers || typeof answers !== 'object' || Array.isArray(answers)) {
    throw new AppError('INVALID_INPUT', '缺少订阅结果')
  }
  const entries = Object.entries(answers as Record<string, unknown>)
  if (entries.length === 0 || entries.length > MAX_TEMPLATES_PER_REQUEST) {
    throw new AppError('INVALID_INPUT', `一次最多记录 ${MAX_TEMPLATES_PER_REQUEST} 个订阅`)
  }
  for (const [id, answer] of entries) {
    if (!knownTemplateIds().has(id))
      throw new AppError('INVALID_INPUT', `未知的订阅消息模板：${id}`)
    if (typeof answer !== 'string' || !['accept', 'reject', 'ban', 'filter'].includes(answer)) {
      throw new AppError('INVALID_INPUT', `订阅结果不正确：${quoted(answer)}`)
    }
  }
  return { answers: answers as GrantAnswers }
}

/**
 * `user.recordGrants`: what the user answered to wx.requestSubscribeMessage. Each 'accept' is one
 * send the server may make; counting them here is how `notify` knows whether a push can go.
 */
export const recordGrants: Action<'user.recordGrants'> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office', 'district'],
  validate: validateGrants,
  async handle({ openid, db, now }, { answers }) {
    const granted = Object.keys(answers).filter((id) => answers[id] === 'accept')
    for (const templateId of granted) await bankGrants(db, openid, templateId, 1, now())
    return { granted }
  },
}

/** `user.grants`: the caller's remaining reminders per template, for the inbox's prompt. */
export const grants: Action<'user.grants'> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office', 'district'],
  validate: () => ({}),
  async handle({ openid, db }) {
    return { grants: await grantStanding(db, openid) }
  },
}

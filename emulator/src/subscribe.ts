import type { Ctx } from './context'

/** WeChat's errcodes for subscribeMessage.send. */
export const WX = {
  SYSTEM_BUSY: -1,
  INVALID_OPENID: 40003,
  INVALID_TEMPLATE: 40037,
  NO_GRANT: 43101,
  BAD_PARAM: 47003,
}

type WxReply = { errcode: number; errmsg: string; msgid?: number }

/**
 * Limits of each template field type, from WeChat's subscribeMessage.send documentation:
 * thing ≤ 20 chars, number ≤ 32 digits, letter ≤ 32 letters, symbol ≤ 5, character_string ≤ 32
 * letters/digits/symbols, phrase ≤ 5 Chinese characters, time/date in a 24h date format,
 * amount a number with optional currency sign/元, phone_number ≤ 17, car_number ≤ 8, name ≤ 10.
 */
const DATE =
  /^(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})( \d{1,2}:\d{2}(:\d{2})?)?$|^\d{1,2}:\d{2}$/
export const RULES: Record<string, (v: string) => boolean> = {
  thing: (v) => [...v].length <= 20,
  number: (v) => /^[-+]?\d+(\.\d+)?$/.test(v) && v.replace(/\D/g, '').length <= 32,
  letter: (v) => /^[A-Za-z]{1,32}$/.test(v),
  symbol: (v) => /^[^\w\s\u4e00-\u9fa5]{1,5}$/.test(v),
  character_string: (v) => /^[\x21-\x7e]{1,32}$/.test(v),
  phrase: (v) => /^[\u4e00-\u9fa5]{1,5}$/.test(v),
  time: (v) => DATE.test(v),
  date: (v) => DATE.test(v),
  amount: (v) => /^[¥$￥]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  phone_number: (v) => /^[\d+\-() ]{1,17}$/.test(v),
  car_number: (v) => [...v].length <= 8,
  name: (v) => [...v].length <= 10,
}

/**
 * `openapi.subscribeMessage.send`, checked like WeChat: a known template, every field present
 * and within its type's limit, and an unused grant of that template by the user (one send uses
 * one: grants live in `subscribe_grants {openid, templateId, count}`; a long-term template's grant
 * stays). A sent message is stored
 * in `subscribe_messages` and pushed at once to the user's event stream.
 */
export async function sendSubscribeMessage(
  ctx: Ctx,
  p: Record<string, unknown>,
  fromFunction: string,
): Promise<WxReply> {
  if (ctx.wxOutage.sends > 0) {
    ctx.wxOutage.sends--
    return { errcode: WX.SYSTEM_BUSY, errmsg: 'system error' }
  }
  const touser = typeof p.touser === 'string' ? p.touser : ''
  const templateId = String(p.template_id ?? '')
  const tpl = ctx.templates[templateId]
  if (!touser) return { errcode: WX.INVALID_OPENID, errmsg: 'invalid openid' }
  if (!tpl) return { errcode: WX.INVALID_TEMPLATE, errmsg: `invalid template_id: ${templateId}` }
  const data = (p.data ?? {}) as Record<string, { value?: unknown }>
  for (const key of Object.keys(data)) {
    if (!(key in tpl.fields))
      return {
        errcode: WX.BAD_PARAM,
        errmsg: `argument invalid! data.${key} is not a field of the template`,
      }
  }
  for (const [key, type] of Object.entries(tpl.fields)) {
    const value = data[key]?.value
    if (value === undefined || value === null || value === '')
      return { errcode: WX.BAD_PARAM, errmsg: `argument invalid! data.${key}.value is empty` }
    const rule = RULES[type]
    if (rule && !rule(String(value)))
      return {
        errcode: WX.BAD_PARAM,
        errmsg: `argument invalid! data.${key}.value invalid for type ${type}: "${String(value).slice(0, 40)}"`,
      }
  }
  // A long-term subscription (长期订阅) is checked, not used up: it stays until turned off (its
  // sends are only counted, so the update still changes the row and reports it).
  const used = await ctx.db.modify('subscribe_grants', {
    query: { openid: touser, templateId, count: { $gt: 0 } },
    data: { $inc: tpl.longTerm ? { sent: 1 } : { count: -1 } },
    multi: false,
    merge: true,
    upsert: false,
  })
  if (!used.updated) return { errcode: WX.NO_GRANT, errmsg: 'user refuse to accept the msg' }
  const msgid = Math.floor(Math.random() * 2 ** 31)
  const sentAt = new Date(ctx.clock.now())
  const message = {
    toOpenid: touser,
    templateId,
    title: tpl.title,
    page: p.page ?? '',
    data,
    msgid,
    fromFunction,
    sentAt,
  }
  await ctx.db.insert('subscribe_messages', [message])
  ctx.bus.publish(touser, { type: 'subscribe_message', ...message, sentAt: sentAt.toISOString() })
  return { errcode: 0, errmsg: 'ok', msgid }
}

/** The emulator's stand-in for the user tapping "允许" in wx.requestSubscribeMessage. */
export async function grant(
  ctx: Ctx,
  openid: string,
  templateId: string,
  count = 1,
): Promise<void> {
  const r = await ctx.db.modify('subscribe_grants', {
    query: { openid, templateId },
    data: { $inc: { count } },
    multi: false,
    merge: true,
    upsert: true,
  })
  void r
}

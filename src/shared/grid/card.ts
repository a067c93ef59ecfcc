import { AppError } from '../errors'
import { isMobilePhone, normalizePhone, PHONE_MESSAGE } from '../identity/phone'

/**
 * A staff member's card (我的名片): what residents see on 我的网格员, kept by the staff member
 * (or the office). Every field may be empty: the app shows only what is set.
 */
export interface StaffCard {
  /** A fileID the staff member uploaded (claimed on save), or ''. */
  photo: string
  phone: string
  wechatId: string
  title: string
  duties: string
  hours: string
  /** 休假中: residents see it and reach the grid through 报网格员 meanwhile. */
  onLeave: boolean
}

export const CARD_LIMITS = { title: 20, duties: 200, hours: 60 }
/** WeChat's own rule for a 微信号: 6–20 characters, a letter first, then letters, digits, - and _. */
export const WECHAT_ID_PATTERN = /^[a-zA-Z][-_a-zA-Z0-9]{5,19}$/

/** `grid.saveCard`'s input: the card, and whose (the office only; staff edit their own). */
export interface CardEdit extends StaffCard {
  openid?: string
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

/** Checks a card; throws INVALID_INPUT with per-field Chinese messages. */
export function validateCard(input: unknown): CardEdit {
  const v = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>
  const f: Record<string, string> = {}
  const phone = normalizePhone(text(v.phone))
  if (phone && !isMobilePhone(phone)) f.phone = PHONE_MESSAGE
  const wechatId = text(v.wechatId)
  if (wechatId && !WECHAT_ID_PATTERN.test(wechatId))
    f.wechatId = '微信号为 6–20 位字母、数字、“-”或“_”，以字母开头'
  const card = {
    photo: text(v.photo),
    phone,
    wechatId,
    title: text(v.title),
    duties: text(v.duties),
    hours: text(v.hours),
    onLeave: v.onLeave === true,
  }
  for (const [k, max] of Object.entries(CARD_LIMITS))
    if ([...card[k as keyof typeof CARD_LIMITS]].length > max) f[k] = `最多 ${max} 个字`
  if (card.photo.length > 600) f.photo = '照片不正确，请重新上传'
  if (v.openid !== undefined && (typeof v.openid !== 'string' || !v.openid || v.openid.length > 64))
    f.openid = '工作人员不正确'
  const first = Object.values(f)[0]
  if (first) throw new AppError('INVALID_INPUT', first, f)
  return v.openid === undefined ? card : { ...card, openid: v.openid as string }
}

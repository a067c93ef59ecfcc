import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { REPO } from './config'
import type { Ctx } from './context'

/**
 * The openapi calls besides subscribeMessage.send, answered as WeChat answers them:
 * `phonenumber.getPhoneNumber` (the code from `<button open-type="getPhoneNumber">`: valid
 * 5 minutes, once) and `security.msgSecCheck` v2 (from a deny list in emulator/sec-deny.json).
 */

/** WeChat's errcodes for these APIs. */
export const WX_OPEN = {
  SYSTEM_BUSY: -1,
  INVALID_OPENID: 40003,
  INVALID_APPID: 40013,
  INVALID_CODE: 40029,
  INVALID_ARGS: 40097,
  DATA_FORMAT: 47001,
}

/** A code the user's tap on the phone-number button would give the app. */
export interface PhoneCode {
  phone: string
  countryCode: string
  expiresAt: number
}

/** How long WeChat keeps a phone-number code valid. */
const CODE_TTL_MS = 5 * 60_000

export type Reply = Record<string, unknown> & { errcode: number; errmsg: string }

/** Test hook (/__emulator/phone-code): the code a tap would give for this number. */
export function mintPhoneCode(ctx: Ctx, phone: string, countryCode = '86'): string {
  const code = crypto.randomBytes(16).toString('hex')
  ctx.phoneCodes.set(code, { phone, countryCode, expiresAt: ctx.clock.now() + CODE_TTL_MS })
  return code
}

/** The busy answer while a test's simulated outage lasts (wx-outage `openapi`), else null. */
export function outage(ctx: Ctx): Reply | null {
  if (ctx.wxOutage.openapi <= 0) return null
  ctx.wxOutage.openapi--
  return { errcode: WX_OPEN.SYSTEM_BUSY, errmsg: 'system error' }
}

/** `phonenumber.getPhoneNumber({ code })`: one use; unknown, used or expired → 40029. */
export function getPhoneNumber(ctx: Ctx, p: Record<string, unknown>, appid: string): Reply {
  const busy = outage(ctx)
  if (busy) return busy
  if (!appid) return { errcode: WX_OPEN.INVALID_APPID, errmsg: 'invalid appid' }
  const code = typeof p.code === 'string' ? p.code : ''
  const entry = ctx.phoneCodes.get(code)
  ctx.phoneCodes.delete(code)
  if (!entry || entry.expiresAt < ctx.clock.now())
    return { errcode: WX_OPEN.INVALID_CODE, errmsg: 'invalid code' }
  const full = entry.countryCode === '86' ? entry.phone : `+${entry.countryCode}${entry.phone}`
  return {
    errcode: 0,
    errmsg: 'ok',
    phone_info: {
      phoneNumber: full,
      purePhoneNumber: entry.phone,
      countryCode: entry.countryCode,
      watermark: { timestamp: Math.floor(ctx.clock.now() / 1000), appid },
    },
  }
}

interface Words {
  risky: string[]
  review: string[]
}

/** Text words, and `media`: markers in an image's bytes or name (mediaCheckAsync). */
interface DenyList extends Words {
  media: Words
}

/** Read at each call so a test or an operator can edit the list while the emulator runs. */
export function denyList(): DenyList {
  const file = path.join(REPO.root, 'emulator', 'sec-deny.json')
  const raw = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<DenyList>)
    : {}
  return {
    risky: raw.risky ?? [],
    review: raw.review ?? [],
    media: { risky: raw.media?.risky ?? [], review: raw.media?.review ?? [] },
  }
}

/** WeChat's verdict fields for what a deny list found (label 100 正常, 20006 违法犯罪, 21000 其他). */
export function verdict(list: Words, has: (word: string) => boolean) {
  const risky = list.risky.find(has)
  const review = risky ? undefined : list.review.find(has)
  const suggest = risky ? 'risky' : review ? 'review' : 'pass'
  const label = risky ? 20006 : review ? 21000 : 100
  return { suggest, label, hit: risky ?? review }
}

/** `security.msgSecCheck` v2: `{ openid, scene 1–4, version: 2, content }`. */
export function msgSecCheck(ctx: Ctx, p: Record<string, unknown>): Reply {
  const busy = outage(ctx)
  if (busy) return busy
  if (p.version !== 2) return { errcode: WX_OPEN.INVALID_ARGS, errmsg: 'invalid args: version' }
  if (typeof p.openid !== 'string' || !p.openid)
    return { errcode: WX_OPEN.INVALID_OPENID, errmsg: 'invalid openid' }
  if (![1, 2, 3, 4].includes(p.scene as number))
    return { errcode: WX_OPEN.INVALID_ARGS, errmsg: 'invalid args: scene' }
  const content = typeof p.content === 'string' ? p.content : ''
  if (!content || content.length > 2500)
    return { errcode: WX_OPEN.DATA_FORMAT, errmsg: 'data format error' }
  const { suggest, label, hit } = verdict(denyList(), (w) => content.includes(w))
  return {
    errcode: 0,
    errmsg: 'ok',
    result: { suggest, label },
    detail: [
      { strategy: 'content_model', errcode: 0, suggest, label, prob: hit ? 90 : 0 },
      ...(hit
        ? [{ strategy: 'keyword', errcode: 0, suggest, label, level: 20, keyword: hit }]
        : []),
    ],
    trace_id: crypto.randomUUID(),
  }
}

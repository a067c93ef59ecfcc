import type { IncomingMessage, ServerResponse } from 'node:http'
import crypto from 'node:crypto'
import type { Ctx } from '../context'
import type { Timers } from '../functions/timers'
import { HttpError, isLoopback, readJson, sendJson } from '../http'
import { grant } from '../subscribe'
import { mintPhoneCode } from '../wx-open'

/**
 * /__emulator/* — exists only in the emulator, only from this machine: the clock, timers, a
 * direct invoke, grants, a simulated WeChat outage and a function instance's crash for tests, and `publish` for server code (guarded by the per-run
 * secret that only function workers get in XB_PUBLISH_URL).
 */
export async function handleAdmin(
  ctx: Ctx,
  timers: Timers,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (!isLoopback(req))
    throw new HttpError(403, 'FORBIDDEN', 'emulator endpoints are loopback-only')
  if (req.method !== 'POST') throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'POST only')
  const body = (await readJson(req)) as Record<string, unknown>
  switch (url.pathname) {
    case '/__emulator/publish': {
      const secret = url.searchParams.get('secret') ?? ''
      const ok =
        secret.length === ctx.publishSecret.length &&
        crypto.timingSafeEqual(Buffer.from(secret), Buffer.from(ctx.publishSecret))
      if (!ok) throw new HttpError(403, 'FORBIDDEN', 'publish is for cloud functions only')
      const event = body.event as { type?: unknown } | undefined
      if (typeof body.openid !== 'string' || !event || typeof event.type !== 'string')
        throw new HttpError(400, 'INVALID_EVENT', 'need {openid, event:{type,...}}')
      return sendJson(res, 200, {
        delivered: ctx.bus.publish(body.openid, event as { type: string }),
      })
    }
    case '/__emulator/clock': {
      if (body.now !== null && typeof body.now !== 'number')
        throw new HttpError(400, 'INVALID_CLOCK', 'now must be epoch ms or null')
      const back = typeof body.now === 'number' && body.now < ctx.clock.now()
      ctx.clock.set(body.now as number | null)
      if (back) timers.reset()
      return sendJson(res, 200, { now: ctx.clock.now(), frozen: ctx.clock.isFrozen })
    }
    case '/__emulator/tick':
      return sendJson(res, 200, { now: ctx.clock.now(), fired: await timers.tick() })
    case '/__emulator/invoke': {
      const r = await ctx.host.invoke(String(body.name ?? ''), body.event ?? {}, {
        openid: typeof body.openid === 'string' && body.openid ? body.openid : undefined,
        // Tests may say which client address the call comes from (per-IP limits).
        ip: typeof body.ip === 'string' && body.ip ? body.ip : undefined,
        source: 'admin',
      })
      return r.ok
        ? sendJson(res, 200, { result: r.result, ms: r.ms })
        : sendJson(res, r.status, { errCode: r.errCode, errMsg: r.message })
    }
    case '/__emulator/grant': {
      const count = Number(body.count ?? 1)
      if (typeof body.openid !== 'string' || !body.openid)
        throw new HttpError(400, 'INVALID_OPENID', 'need {openid, templateId, count?}')
      if (typeof body.templateId !== 'string' || !ctx.templates[body.templateId])
        throw new HttpError(400, 'INVALID_TEMPLATE', `unknown template ${String(body.templateId)}`)
      if (!Number.isInteger(count) || count < 1 || count > 1000)
        throw new HttpError(400, 'INVALID_COUNT', 'count must be an integer 1..1000')
      await grant(ctx, body.openid, body.templateId, count)
      return sendJson(res, 200, { ok: true })
    }
    case '/__emulator/wx-outage': {
      const sends = Number(body.sends ?? 0)
      if (!Number.isInteger(sends) || sends < 0 || sends > 10000)
        throw new HttpError(400, 'INVALID_COUNT', 'sends must be an integer 0..10000')
      const openapi = Number(body.openapi ?? 0)
      if (!Number.isInteger(openapi) || openapi < 0 || openapi > 10000)
        throw new HttpError(400, 'INVALID_COUNT', 'openapi must be an integer 0..10000')
      ctx.wxOutage.sends = sends
      ctx.wxOutage.openapi = openapi
      return sendJson(res, 200, { sends, openapi })
    }
    case '/__emulator/crash-on': {
      const count = Number(body.count ?? 1)
      if (typeof body.action !== 'string' || typeof body.collection !== 'string')
        throw new HttpError(400, 'INVALID_FAULT', 'need {action, collection, count?}')
      if (!Number.isInteger(count) || count < 0 || count > 1000)
        throw new HttpError(400, 'INVALID_COUNT', 'count must be an integer 0..1000')
      ctx.crashOn = { action: body.action, collection: body.collection, count }
      return sendJson(res, 200, ctx.crashOn)
    }
    case '/__emulator/phone-code': {
      // The code a tap on <button open-type="getPhoneNumber"> gives the app, for this number.
      if (typeof body.phone !== 'string' || !/^\d{5,15}$/.test(body.phone))
        throw new HttpError(400, 'INVALID_PHONE', 'need {phone: digits, countryCode?}')
      const cc = typeof body.countryCode === 'string' ? body.countryCode : '86'
      return sendJson(res, 200, { code: mintPhoneCode(ctx, body.phone, cc) })
    }
    default:
      throw new HttpError(404, 'NOT_FOUND', `no emulator endpoint ${url.pathname}`)
  }
}

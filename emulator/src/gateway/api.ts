import type { IncomingMessage, ServerResponse } from 'node:http'
import { EVENT_STREAMS_PER_USER } from '../../../src/shared/limits'
import type { Ctx } from '../context'
import { HttpError, readJson, sendJson } from '../http'
import { grant } from '../subscribe'
import { clientQuery } from './client-db'
import { CUSTOM_USER_ID, mintTicket } from './custom-login'
import { userOfAccessToken, webUser } from './http-api'

/**
 * The caller of an emulator-only client route, by the HTTP API's access token: their custom
 * user id (= the OPENID the demo ticket was minted for); '' when no token; 401 when bad.
 */
function caller(ctx: Ctx, req: IncomingMessage): string {
  const auth = String(req.headers.authorization ?? '')
  return auth ? webUser(ctx, auth).customUserId : ''
}

function requireCaller(ctx: Ctx, req: IncomingMessage): string {
  const openid = caller(ctx, req)
  if (!openid) throw new HttpError(401, 'UNAUTHENTICATED', '请先登录')
  return openid
}

/** The H5 app's client API. Returns false when the path is not an /api route. */
export async function handleApi(
  ctx: Ctx,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const p = url.pathname
  const post = req.method === 'POST'
  if (p === '/api/identities' && req.method === 'GET') {
    const users = await ctx.db.find('users', {
      query: { demo: true },
      limit: 1000,
      order: { role: 1, _id: 1 },
    })
    sendJson(
      res,
      200,
      users.map((u) => ({ openid: u._id, name: u.name, role: u.role, label: u.label ?? u.name })),
    )
  } else if (p === '/api/demo/ticket' && post) {
    // The demo ticket issuer: what the auth function's createTicket gives a desk after a scan,
    // for any demo identity. Exists only here; the client signs in with it like with any ticket.
    const body = (await readJson(req)) as { openid?: unknown }
    const openid = typeof body?.openid === 'string' ? body.openid : ''
    if (!CUSTOM_USER_ID.test(openid))
      throw new HttpError(400, 'INVALID_OPENID', 'openid 须为 4–32 位字母、数字或 _-')
    sendJson(res, 200, { ticket: mintTicket(ctx.customLoginKey, openid, ctx.clock.now()) })
  } else if (p === '/api/database/query' && post) {
    const openid = caller(ctx, req)
    sendJson(res, 200, await clientQuery(ctx, await readJson(req), openid))
  } else if (p === '/api/subscribe' && post) {
    const openid = requireCaller(ctx, req)
    const body = (await readJson(req)) as { templateIds?: unknown }
    const ids = Array.isArray(body?.templateIds)
      ? body.templateIds.filter((t): t is string => typeof t === 'string')
      : []
    const unknown = ids.filter((t) => !ctx.templates[t])
    if (!ids.length || unknown.length)
      throw new HttpError(
        400,
        'INVALID_TEMPLATE',
        `未知的订阅消息模板：${unknown.join(',') || '(空)'}`,
      )
    for (const t of ids) await grant(ctx, openid, t)
    sendJson(res, 200, Object.fromEntries(ids.map((t) => [t, 'accept'])))
  } else if (p === '/api/events' && req.method === 'GET') {
    // EventSource cannot send headers: the access token rides in the query.
    const openid = userOfAccessToken(ctx, url.searchParams.get('token')).customUserId
    if (!openid) throw new HttpError(401, 'UNAUTHENTICATED', '请先登录')
    openStream(ctx, req, res, openid)
  } else if (p.startsWith('/api/')) {
    throw new HttpError(404, 'NOT_FOUND', `没有这个接口：${req.method} ${p}`)
  } else return false
  return true
}

/**
 * Open event streams one user may hold at once (a few tabs and devices). Past it a new stream
 * is refused with 429 rather than closing the oldest: a closed EventSource reconnects by
 * itself, so evicting would make a user's tabs knock each other out every few seconds, while a
 * refusal leaves the open ones working and costs an abuser the 6th connection, not the 500th.
 */
export const MAX_STREAMS_PER_USER = EVENT_STREAMS_PER_USER

/** Server-Sent Events: every event for this user, the moment it is published. */
function openStream(ctx: Ctx, req: IncomingMessage, res: ServerResponse, openid: string): void {
  if (ctx.bus.count(openid) >= MAX_STREAMS_PER_USER)
    throw new HttpError(
      429,
      'TOO_MANY_STREAMS',
      `同时打开的实时连接过多（每人至多 ${MAX_STREAMS_PER_USER} 个），请关闭其他页面后再试`,
    )
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  })
  res.write(`retry: 2000\nevent: ready\ndata: ${JSON.stringify({ openid })}\n\n`)
  const off = ctx.bus.subscribe(openid, (e) =>
    res.write(`event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`),
  )
  const beat = setInterval(() => res.write(': keep-alive\n\n'), 25_000)
  req.on('close', () => {
    clearInterval(beat)
    off()
  })
}

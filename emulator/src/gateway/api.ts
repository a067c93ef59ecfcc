import type { IncomingMessage, ServerResponse } from 'node:http'
import { EVENT_STREAMS_PER_USER } from '../../../src/shared/limits'
import type { Ctx } from '../context'
import { clientAddress, decodePath, HttpError, readJson, sendJson } from '../http'
import { grant } from '../subscribe'
import { clientQuery } from './client-db'
import { clientFileUrls, clientUpload } from './files'

/** The signed-in openid; '' when no token; 401 for a forged or expired one. */
function caller(ctx: Ctx, req: IncomingMessage): string {
  const auth = String(req.headers.authorization ?? '')
  if (!auth) return ''
  const m = /^Bearer (.+)$/.exec(auth)
  const openid = m ? ctx.sessions.verify(m[1]) : null
  if (!openid) throw new HttpError(401, 'UNAUTHENTICATED', '登录已失效，请重新登录')
  return openid
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
  } else if (p === '/api/login' && post) {
    const body = (await readJson(req)) as { openid?: unknown }
    const openid = typeof body?.openid === 'string' ? body.openid : ''
    if (!/^[A-Za-z0-9_-]{3,64}$/.test(openid))
      throw new HttpError(400, 'INVALID_OPENID', 'openid 格式不正确')
    const [user] = await ctx.db.find('users', { query: { _id: openid }, limit: 1 })
    sendJson(res, 200, {
      token: ctx.sessions.issue(openid),
      openid,
      role: user?.role ?? 'resident',
      name: user?.name ?? '',
    })
  } else if (p.startsWith('/api/functions/') && post) {
    const openid = caller(ctx, req)
    const name = decodePath(p.slice('/api/functions/'.length))
    const event = await readJson(req)
    if (event === null || typeof event !== 'object' || Array.isArray(event))
      throw new HttpError(400, 'INVALID_EVENT', '请求体须为 {action, payload}')
    const r = await ctx.host.invoke(name, event, {
      openid: openid || undefined,
      ip: clientAddress(req),
      source: 'gateway',
    })
    if (r.ok) sendJson(res, 200, r.result)
    else sendJson(res, r.status, { errCode: r.errCode, errMsg: r.message })
  } else if (p === '/api/upload' && post) {
    await clientUpload(ctx, req, res, url, requireCaller(ctx, req))
  } else if (p === '/api/files/urls' && post) {
    const openid = caller(ctx, req)
    const body = (await readJson(req)) as { fileIDs?: unknown }
    if (!Array.isArray(body?.fileIDs) || body.fileIDs.length > 50)
      throw new HttpError(400, 'INVALID_FILEIDS', 'fileIDs 须为至多 50 个的数组')
    sendJson(res, 200, await clientFileUrls(ctx, body.fileIDs, openid))
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
    const openid = ctx.sessions.verify(url.searchParams.get('token'))
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

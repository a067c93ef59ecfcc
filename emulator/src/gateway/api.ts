import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Ctx } from '../context'
import { clientAddress, decodePath, HttpError, readBody, readJson, sendJson } from '../http'
import { ALLOWED_TYPES, MAX_FILE_BYTES, StorageError } from '../storage'
import { recordFile } from '../tcb/storage'
import { grant } from '../subscribe'

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

function storageError(err: unknown): never {
  if (err instanceof StorageError) throw new HttpError(err.status, err.code, err.message)
  throw err
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
    const openid = requireCaller(ctx, req)
    let cloudPath = ''
    let expected = ''
    try {
      cloudPath = ctx.storage.checkPath(url.searchParams.get('cloudPath'))
      expected = ctx.storage.contentType(cloudPath)
    } catch (err) {
      req.resume()
      storageError(err)
    }
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase()
    if (!Object.values(ALLOWED_TYPES).includes(type) || type !== expected) {
      req.resume()
      throw new HttpError(
        415,
        'UNSUPPORTED_TYPE',
        `文件类型不符：${type || '(无)'}，应为 ${expected}`,
      )
    }
    const fileID = ctx.storage.fileId(cloudPath)
    const [existing] = await ctx.db.find('files', { query: { _id: fileID }, limit: 1 })
    if (existing && existing.ownerOpenid !== openid) {
      req.resume()
      throw new HttpError(409, 'FILE_EXISTS', '该路径已被其他用户占用')
    }
    const bytes = await readBody(req, MAX_FILE_BYTES)
    if (!bytes.length) throw new HttpError(400, 'EMPTY_FILE', '文件为空')
    try {
      ctx.storage.put(cloudPath, bytes)
    } catch (err) {
      storageError(err)
    }
    await recordFile(ctx, fileID, cloudPath, bytes.length, type, openid)
    sendJson(res, 200, { fileID })
  } else if (p === '/api/files/urls' && post) {
    const body = (await readJson(req)) as { fileIDs?: unknown }
    if (!Array.isArray(body?.fileIDs) || body.fileIDs.length > 50)
      throw new HttpError(400, 'INVALID_FILEIDS', 'fileIDs 须为至多 50 个的数组')
    const out = body.fileIDs.map((id) => {
      try {
        const cloudPath = ctx.storage.pathOf(id)
        return {
          fileID: id,
          tempFileURL: ctx.storage.exists(cloudPath) ? ctx.storage.url(cloudPath) : '',
        }
      } catch (err) {
        return storageError(err)
      }
    })
    sendJson(res, 200, out)
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

/** Server-Sent Events: every event for this user, the moment it is published. */
function openStream(ctx: Ctx, req: IncomingMessage, res: ServerResponse, openid: string): void {
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

/** GET /files/<path>?sign&t — a temporary download URL. */
export function serveFile(ctx: Ctx, res: ServerResponse, url: URL): void {
  let cloudPath: string
  const raw = decodePath(url.pathname.slice('/files/'.length))
  try {
    cloudPath = ctx.storage.checkPath(raw)
  } catch (err) {
    return storageError(err)
  }
  if (!ctx.storage.verify(cloudPath, url.searchParams.get('sign'), url.searchParams.get('t')))
    throw new HttpError(403, 'SIGN_INVALID', '链接无效或已过期')
  const bytes = ctx.storage.read(cloudPath)
  if (!bytes) throw new HttpError(404, 'FILE_NOT_FOUND', '文件不存在')
  res.writeHead(200, {
    'content-type': ctx.storage.contentType(cloudPath),
    'content-length': bytes.length,
    'cache-control': 'private, max-age=3600',
  })
  res.end(bytes)
}

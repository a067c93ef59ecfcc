import type { IncomingMessage, ServerResponse } from 'node:http'
import { handleAdmin } from './gateway/admin'
import { handleApi } from './gateway/api'
import { handleHttpAccess } from './gateway/http-access'
import { handleHttpApi } from './gateway/http-api'
import { serveFile } from './gateway/files'
import { serveStatic } from './gateway/static'
import { decodePath, HttpError, sendError, sendJson } from './http'
import type { Emulator } from './open'
import { handleTcb } from './tcb'
import { handleSdkUpload } from './tcb/storage'

/** One dispatcher for every path the emulator serves; every error becomes a clear 4xx/5xx. */
export async function route(
  emu: Emulator,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { ctx } = emu
  let url: URL
  try {
    url = new URL(req.url ?? '/', 'http://127.0.0.1')
  } catch {
    return sendJson(res, 400, { errCode: 'BAD_URL', errMsg: '请求地址不合法' })
  }
  const p = url.pathname
  try {
    decodePath(p) // a malformed escape (`/%E0%A4%A`) is the client's error on every route
    if (p === '/healthz')
      return sendJson(res, 200, {
        ok: true,
        env: ctx.env,
        now: ctx.clock.now(),
        loaded: ctx.db.store.everyLoaded,
      })
    if (p === '/tcb' || p === '/admin') {
      if (req.method !== 'POST') throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'POST only')
      return await handleTcb(ctx, req, res, url)
    }
    if (p.startsWith('/__upload/')) return await handleSdkUpload(ctx, req, res, url)
    if (p.startsWith('/__emulator/')) return await handleAdmin(ctx, emu.timers, req, res, url)
    if (p.startsWith('/files/') && req.method === 'GET') return serveFile(ctx, res, url)
    if (await handleHttpApi(ctx, req, res, url)) return
    if (await handleHttpAccess(ctx, req, res, url)) return
    if (await handleApi(ctx, req, res, url)) return
    if (req.method !== 'GET' && req.method !== 'HEAD')
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} ${p}`)
    serveStatic(ctx.staticDir, p, req, res)
  } catch (err) {
    if (!res.headersSent) sendError(res, err)
    else res.destroy()
  }
}

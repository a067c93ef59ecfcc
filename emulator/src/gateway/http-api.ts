import crypto from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Ctx } from '../context'
import { clientAddress, decodePath, HttpError, readJson, sendJson } from '../http'
import { checkTicket } from './custom-login'
import { clientFileUrls, mayWrite } from './files'

/**
 * The subset of CloudBase's HTTP API (https://{env}.api.tcloudbasegateway.com) the H5 build uses,
 * with the platform's paths, bodies, errors and token lifetimes:
 *   POST /auth/v1/signin/custom       {provider_id:'custom', ticket}  → tokens
 *   POST /auth/v1/signin/anonymously                                  → tokens (public pages)
 *   POST /auth/v1/token               {grant_type:'refresh_token', refresh_token} → tokens
 *   POST /auth/v1/revoke              {token}  (sign-out: the refresh token stops working)
 *   POST /v1/functions/{name}         Authorization: Bearer <access_token>, body = the event
 *   POST /v1/storages/get-objects-upload-info   [{objectId}]
 *   POST /v1/storages/get-objects-download-info [{cloudObjectId}]
 * Times are the emulator clock's, so tests can expire a token by moving it.
 */
export const ACCESS_TTL_S = 7200
export const REFRESH_TTL_S = 30 * 24 * 3600

/** Who a valid access token speaks for, as functions learn it (TCB_UUID, TCB_CUSTOM_USER_ID…). */
export interface WebUser {
  uid: string
  customUserId: string
  anonymous: boolean
}

/** The auth endpoints answer OAuth-style errors. */
function authFail(status: number, error: string, description: string): never {
  throw Object.assign(new HttpError(status, error, description), { oauth: true })
}

/** The gateway's errors: `{code, message, requestId}`. */
function gatewayFail(status: number, code: string, message: string): never {
  throw Object.assign(new HttpError(status, code, message), { gateway: true })
}

function tokensFor(ctx: Ctx, user: WebUser, sid: string) {
  const now = ctx.clock.now()
  const claims = { sub: user.uid, cu: user.customUserId, anon: user.anonymous, sid }
  return {
    token_type: 'Bearer',
    access_token: ctx.sessions.seal({ ...claims, k: 'a', exp: now + ACCESS_TTL_S * 1000 }),
    refresh_token: ctx.sessions.seal({ ...claims, k: 'r', exp: now + REFRESH_TTL_S * 1000 }),
    expires_in: ACCESS_TTL_S,
    scope: user.anonymous ? 'anonymous' : 'user',
    sub: user.uid,
    groups: [],
  }
}

/** A custom user's CloudBase uid: stable for the same customUserId in this environment. */
function uidOf(ctx: Ctx, customUserId: string): string {
  return crypto.createHash('sha256').update(`${ctx.env}:${customUserId}`).digest('hex').slice(0, 32)
}

/** The user of an `Authorization: Bearer` access token; 401 when missing, forged or expired. */
export function webUser(ctx: Ctx, header: string | null | undefined): WebUser {
  if (!header) gatewayFail(401, 'MISSING_CREDENTIALS', '缺少登录凭证，请先登录')
  const m = /^Bearer (\S+)$/.exec(header)
  return userOfAccessToken(ctx, m?.[1])
}

/** The same check for a bare access token (the emulator's event stream takes it in the query). */
export function userOfAccessToken(ctx: Ctx, token: string | null | undefined): WebUser {
  if (!token) gatewayFail(401, 'MISSING_CREDENTIALS', '缺少登录凭证，请先登录')
  const c = ctx.sessions.open(token)
  if (!c || c.k !== 'a' || typeof c.sub !== 'string' || typeof c.exp !== 'number')
    gatewayFail(401, 'INVALID_CREDENTIALS', '登录凭证无效，请重新登录')
  if (c.exp <= ctx.clock.now()) gatewayFail(401, 'ACCESS_TOKEN_EXPIRED', '登录已过期，请重新登录')
  return { uid: c.sub, customUserId: String(c.cu ?? ''), anonymous: c.anon === true }
}

async function signInCustom(ctx: Ctx, body: Record<string, unknown>) {
  if (body.provider_id !== 'custom') authFail(400, 'invalid_argument', 'provider_id 须为 custom')
  const t = checkTicket(ctx.customLoginKey, body.ticket, ctx.clock.now())
  if (!t.ok) {
    const why = {
      malformed: 'ticket 格式不正确',
      signature: 'ticket 签名无效（不是本环境的自定义登录私钥签发的）',
      env: 'ticket 不属于本环境',
      expired: 'ticket 已过期，请重新获取',
    }[t.reason]
    authFail(t.reason === 'malformed' ? 400 : 401, 'invalid_grant', why)
  }
  // One ticket, one sign-in: a ticket seen in a log or a screenshot cannot be replayed.
  try {
    await ctx.db.insert('auth_tickets', [{ _id: t.id, uid: t.uid, exp: new Date(t.exp) }])
  } catch {
    authFail(401, 'invalid_grant', 'ticket 已使用过，请重新获取')
  }
  const user = { uid: uidOf(ctx, t.uid), customUserId: t.uid, anonymous: false }
  return tokensFor(ctx, user, crypto.randomUUID())
}

async function refresh(ctx: Ctx, body: Record<string, unknown>) {
  if (body.grant_type !== 'refresh_token')
    authFail(400, 'unsupported_grant_type', 'grant_type 须为 refresh_token')
  const c = ctx.sessions.open(typeof body.refresh_token === 'string' ? body.refresh_token : '')
  if (!c || c.k !== 'r' || typeof c.sid !== 'string' || typeof c.exp !== 'number')
    authFail(401, 'invalid_grant', 'refresh_token 无效，请重新登录')
  if (c.exp <= ctx.clock.now()) authFail(401, 'invalid_grant', 'refresh_token 已过期，请重新登录')
  const [revoked] = await ctx.db.find('auth_revoked', { query: { _id: c.sid }, limit: 1 })
  if (revoked) authFail(401, 'invalid_grant', '已退出登录，请重新登录')
  const user = { uid: String(c.sub), customUserId: String(c.cu ?? ''), anonymous: c.anon === true }
  return tokensFor(ctx, user, c.sid)
}

async function revoke(ctx: Ctx, body: Record<string, unknown>) {
  const c = ctx.sessions.open(typeof body.token === 'string' ? body.token : '')
  if (c && typeof c.sid === 'string') {
    await ctx.db.modify('auth_revoked', {
      query: { _id: c.sid },
      data: { at: new Date(ctx.clock.now()) },
      multi: false,
      merge: false,
      upsert: true,
    })
  }
  return {}
}

/** Upload targets: the same signed COS stand-in node-sdk uploads to (/__upload/<path>). */
async function uploadInfo(ctx: Ctx, user: WebUser, items: unknown[]) {
  return Promise.all(
    items.map(async (item) => {
      const objectId = (item as { objectId?: unknown })?.objectId
      try {
        const cloudPath = ctx.storage.checkPath(objectId)
        ctx.storage.contentType(cloudPath) // only the file types the app stores
        if (!user.customUserId || !(await mayWrite(ctx, user.customUserId, cloudPath)))
          return { code: 'STORAGE_EXCEED_AUTHORITY', message: '没有权限写入该文件' }
        const owner = user.customUserId
        const sign = ctx.storage.sign(`upload:${cloudPath}\n${owner}`, 0)
        return {
          objectId: cloudPath,
          uploadUrl: `${ctx.baseUrl()}/__upload/${encodeURIComponent(cloudPath)}?owner=${encodeURIComponent(owner)}&sign=${sign}`,
          authorization: sign,
          token: '',
          cloudObjectMeta: '',
          downloadUrl: ctx.storage.url(cloudPath, 600),
          downloadUrlEncoded: ctx.storage.url(cloudPath, 600),
          cloudObjectId: ctx.storage.fileId(cloudPath),
        }
      } catch (err) {
        return { code: 'INVALID_PARAM', message: err instanceof Error ? err.message : String(err) }
      }
    }),
  )
}

async function downloadInfo(ctx: Ctx, user: WebUser, items: unknown[]) {
  const ids = items.map((i) => (i as { cloudObjectId?: unknown })?.cloudObjectId)
  const urls = await clientFileUrls(ctx, ids, user.customUserId)
  return urls.map((u) =>
    u.code === 'SUCCESS'
      ? { cloudObjectId: u.fileID, downloadUrl: u.tempFileURL, downloadUrlEncoded: u.tempFileURL }
      : { cloudObjectId: u.fileID, code: u.code, message: '无法获取该文件' },
  )
}

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readJson(req)
  return body && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {}
}

async function batch(req: IncomingMessage): Promise<unknown[]> {
  const body = await readJson(req)
  if (!Array.isArray(body) || body.length === 0 || body.length > 50)
    gatewayFail(400, 'INVALID_PARAM', '请求体须为 1–50 项的数组')
  return body
}

/** Serves the HTTP API paths; false when the path is not one of them. */
export async function handleHttpApi(
  ctx: Ctx,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const p = url.pathname
  if (!p.startsWith('/auth/v1/') && !p.startsWith('/v1/')) return false
  try {
    if (req.method !== 'POST') gatewayFail(405, 'METHOD_NOT_ALLOWED', `${req.method} ${p}`)
    if (p === '/auth/v1/signin/custom')
      sendJson(res, 200, await signInCustom(ctx, await jsonBody(req)))
    else if (p === '/auth/v1/signin/anonymously') {
      const user = { uid: crypto.randomUUID().replace(/-/g, ''), customUserId: '', anonymous: true }
      sendJson(res, 200, tokensFor(ctx, user, crypto.randomUUID()))
    } else if (p === '/auth/v1/token') sendJson(res, 200, await refresh(ctx, await jsonBody(req)))
    else if (p === '/auth/v1/revoke') sendJson(res, 200, await revoke(ctx, await jsonBody(req)))
    else if (p.startsWith('/v1/functions/')) {
      const user = webUser(ctx, req.headers.authorization)
      const name = decodePath(p.slice('/v1/functions/'.length))
      const event = await readJson(req)
      if (event === null || typeof event !== 'object' || Array.isArray(event))
        gatewayFail(400, 'INVALID_PARAM', '请求体须为 JSON 对象（云函数的 event）')
      const r = await ctx.host.invoke(name, event, {
        web: user,
        ip: clientAddress(req),
        source: 'http',
      })
      if (r.ok) sendJson(res, 200, r.result)
      else gatewayFail(r.status, r.code, r.message)
    } else if (p === '/v1/storages/get-objects-upload-info') {
      const user = webUser(ctx, req.headers.authorization)
      sendJson(res, 200, await uploadInfo(ctx, user, await batch(req)))
    } else if (p === '/v1/storages/get-objects-download-info') {
      const user = webUser(ctx, req.headers.authorization)
      sendJson(res, 200, await downloadInfo(ctx, user, await batch(req)))
    } else gatewayFail(404, 'NOT_FOUND', `没有这个接口：${req.method} ${p}`)
  } catch (err) {
    if (!(err instanceof HttpError)) throw err
    const e = err as HttpError & { oauth?: boolean }
    const code = String(e.errCode)
    if (e.oauth)
      sendJson(res, e.status, { error: code, error_code: e.status, error_description: e.message })
    else sendJson(res, e.status, { code, message: e.message, requestId: crypto.randomUUID() })
  }
  return true
}

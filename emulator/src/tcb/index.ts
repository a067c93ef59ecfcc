import type { IncomingMessage, ServerResponse } from 'node:http'
import crypto from 'node:crypto'
import type { Ctx } from '../context'
import { TcbError } from '../db/errors'
import { HttpError, MB, parseJson, readBody, unsupportedType } from '../http'
import type { Invocation } from '../functions/host'
import { StorageError } from '../storage'
import { databaseAction } from './database'
import { storageAction } from './storage'
import { verifySignature } from './auth'
import { boundaryOf, parseMultipart } from './multipart'
import { decodeOpenApiRequest, encodeOpenApiImage, encodeOpenApiReply } from './proto'
import { sendSubscribeMessage } from '../subscribe'
import { mediaCheckAsync } from '../media-check'
import { getPhoneNumber, msgSecCheck } from '../wx-open'
import { getUnlimited } from '../wxacode'
import type { Caller } from '../functions/host'

/** wx-server-sdk's code for "this function may not call this openapi" (config.json permissions). */
const NO_PERMISSION = -604101
const API_NOT_FOUND = -604100

/**
 * POST /tcb — the endpoint wx-server-sdk 3.0.1 (@cloudbase/node-sdk 2.10.0) talks to when
 * TCB_CONTEXT_CNFG.URL points here. Only holders of the emulator's key pair get in: every request
 * must carry the SDK's TC3 signature (auth.ts), as the real endpoint requires — function workers
 * have the key in TENCENTCLOUD_SECRETKEY, local scripts read DATA_DIR/tcb-credential.json, a
 * web page has nothing to sign with. The `inv` query parameter (set by the function host, and
 * covered by the signature) tells which invocation is calling and must still be running.
 * Every reply is HTTP 200 with `{requestId, ...}` or, on failure, `{code, message, requestId}` —
 * the shape the SDK maps to errCode/errMsg; a refused request (type, size, signature) answers
 * its HTTP status with the same body.
 */
export async function handleTcb(
  ctx: Ctx,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const requestId = crypto.randomUUID()
  let action = ''
  try {
    const boundary = boundaryOf(req.headers['content-type'])
    if (!boundary && !/^application\/json\b/i.test(String(req.headers['content-type'] ?? ''))) {
      req.resume()
      throw unsupportedType('application/json 或 multipart/form-data')
    }
    if (!String(req.headers.authorization ?? '').startsWith('TC3-HMAC-SHA256 ')) {
      req.resume() // not even an attempt at a signature: refused before buffering 20 MB
      throw new HttpError(401, 'SIGN_PARAM_INVALID', 'missing Authorization (TC3-HMAC-SHA256)')
    }
    const body = await readBody(req, 20 * MB)
    if (boundary) {
      const parts = parseMultipart(body, boundary)
      // Binary parts (with a content type) are signed as bytes, text fields as strings.
      const fields = Object.fromEntries(
        parts.map((p) => [p.name, p.contentType ? p.data : p.data.toString('utf8')]),
      )
      const inv = authenticate(ctx, req, url, fields)
      action = String(fields.action ?? '')
      if (action !== 'wx.openApi')
        throw new TcbError(
          'ACTION_NOT_IMPLEMENTED',
          `the local emulator does not implement ${action}`,
        )
      const requestData = fields.requestData
      const reply = await openApi(
        ctx,
        String(fields.apiName ?? ''),
        Buffer.isBuffer(requestData) ? requestData : Buffer.from(String(requestData ?? '')),
        inv,
      )
      res.writeHead(200, { 'content-type': 'application/octet-stream' })
      return void res.end(reply)
    }
    const params = parseJson(body.toString('utf8') || '{}')
    if (params === null || typeof params !== 'object' || Array.isArray(params))
      throw new HttpError(400, 'INVALID_PARAM', 'request body must be a JSON object')
    const inv = authenticate(ctx, req, url, params as Record<string, unknown>)
    const p = params as Record<string, unknown>
    action = String(p.action ?? '')
    if (inv) crashIfDue(ctx, inv, action, p)
    const result = await dispatch(ctx, action, p, inv?.caller.openid ?? '', inv?.caller)
    send(res, 200, { requestId, ...result })
  } catch (err) {
    if (err instanceof HttpError)
      return send(res, err.status, { code: err.errCode, message: err.message, requestId })
    const e = err as Error & { code?: string }
    // Not a refusal the platform would give: a fault of the emulator itself, with its stack.
    if (!(err instanceof TcbError) && !(err instanceof StorageError))
      console.error(`[emulator] internal error in ${action}:`, err)
    const code =
      err instanceof TcbError
        ? err.code
        : err instanceof StorageError
          ? 'STORAGE_REQUEST_FAIL'
          : action.startsWith('database')
            ? 'DATABASE_REQUEST_FAILED'
            : 'SYS_ERR'
    send(res, 200, { code, message: `${e.message ?? String(err)}`, requestId })
  }
}

/**
 * The signature must be good (401 otherwise); a request naming an invocation (`inv`) is that
 * invocation's while it runs — once it has returned or timed out, 403: a leftover promise in a
 * worker must not act with a caller's identity it no longer has. No `inv`: an admin caller.
 */
function authenticate(
  ctx: Ctx,
  req: IncomingMessage,
  url: URL,
  params: Record<string, unknown>,
): Invocation | undefined {
  verifySignature(req, params, ctx.tcbCredential, Date.now())
  const id = url.searchParams.get('inv')
  if (id === null) return undefined
  const inv = ctx.host.live.get(id)
  if (!inv)
    throw new HttpError(403, 'INVALID_REQUEST_SOURCE', 'this function invocation is not running')
  return inv
}

/** The test hook `crash-on`: the calling function's instance dies before this request acts. */
function crashIfDue(ctx: Ctx, inv: Invocation, action: string, p: Record<string, unknown>): void {
  const f = ctx.crashOn
  if (f.count <= 0 || f.action !== action || f.collection !== p.collectionName) return
  f.count--
  ctx.host.crash(inv.id)
  throw new TcbError('SYS_ERR', 'the function instance was killed (emulator crash-on hook)')
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}

async function dispatch(
  ctx: Ctx,
  action: string,
  p: Record<string, unknown>,
  openid: string,
  fromFn?: Caller,
): Promise<Record<string, unknown>> {
  if (action.startsWith('database.')) return databaseAction(ctx.db, action, p, ctx.clock.now())
  if (action.startsWith('storage.')) return storageAction(ctx, action, p)
  if (action === 'functions.invokeFunction') {
    const event = p.request_data ? eventOf(String(p.request_data)) : {}
    // As on the platform, a function called by a function sees the original user's OPENID.
    const r = await ctx.host.invoke(String(p.function_name ?? ''), event, {
      openid: openid || undefined,
      web: fromFn?.web,
      source: fromFn ? 'function' : 'admin',
      parent: fromFn,
    })
    if (!r.ok) throw new TcbError(r.code, r.message)
    return { data: { response_data: JSON.stringify(r.result) } }
  }
  throw new TcbError(
    'ACTION_NOT_IMPLEMENTED',
    `the local emulator does not implement ${action || '(no action)'}`,
  )
}

/** A called function's event: the same JSON limits as a body, answered in the SDK's shape. */
function eventOf(text: string): unknown {
  try {
    return parseJson(text)
  } catch (err) {
    if (err instanceof HttpError) throw new TcbError('INVALID_PARAM', err.message)
    throw err
  }
}

async function openApi(
  ctx: Ctx,
  apiName: string,
  requestData: Buffer,
  inv: { name: string; config: { permissions?: { openapi?: string[] } } } | undefined,
): Promise<Buffer> {
  if (inv && !(inv.config.permissions?.openapi ?? []).includes(apiName)) {
    return encodeOpenApiReply({}, NO_PERMISSION)
  }
  const params = decodeOpenApiRequest(requestData)
  switch (apiName) {
    case 'subscribeMessage.send':
      return encodeOpenApiReply(await sendSubscribeMessage(ctx, params, inv?.name ?? ''))
    case 'phonenumber.getPhoneNumber':
      return encodeOpenApiReply(getPhoneNumber(ctx, params, ctx.appid))
    case 'security.msgSecCheck':
      return encodeOpenApiReply(msgSecCheck(ctx, params))
    case 'wxacode.getUnlimited': {
      const code = getUnlimited(params)
      return 'image' in code
        ? encodeOpenApiImage(code.image, code.contentType)
        : encodeOpenApiReply(code)
    }
    case 'security.mediaCheckAsync':
      return encodeOpenApiReply(mediaCheckAsync(ctx, params))
    default:
      return encodeOpenApiReply({}, API_NOT_FOUND)
  }
}

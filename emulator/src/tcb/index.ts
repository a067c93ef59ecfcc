import type { IncomingMessage, ServerResponse } from 'node:http'
import crypto from 'node:crypto'
import type { Ctx } from '../context'
import { TcbError } from '../db/errors'
import { readBody, MB } from '../http'
import { StorageError } from '../storage'
import { databaseAction } from './database'
import { storageAction } from './storage'
import { boundaryOf, parseMultipart } from './multipart'
import { decodeOpenApiRequest, encodeOpenApiReply } from './proto'
import { sendSubscribeMessage } from '../subscribe'

/** wx-server-sdk's code for "this function may not call this openapi" (config.json permissions). */
const NO_PERMISSION = -604101
const API_NOT_FOUND = -604100

/**
 * POST /tcb — the endpoint wx-server-sdk 3.0.1 (@cloudbase/node-sdk 2.10.0) talks to when
 * TCB_CONTEXT_CNFG.URL points here. Every reply is HTTP 200 with `{requestId, ...}` or, on
 * failure, `{code, message, requestId}` — the shape the SDK maps to errCode/errMsg. The
 * `inv` query parameter (set by the function host) tells which invocation is calling.
 */
export async function handleTcb(
  ctx: Ctx,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const requestId = crypto.randomUUID()
  const inv = ctx.host.live.get(url.searchParams.get('inv') ?? '')
  let action = ''
  try {
    const body = await readBody(req, 20 * MB)
    const boundary = boundaryOf(req.headers['content-type'])
    if (boundary) {
      const fields = Object.fromEntries(parseMultipart(body, boundary).map((p) => [p.name, p]))
      action = fields.action?.data.toString() ?? ''
      if (action !== 'wx.openApi')
        throw new TcbError(
          'ACTION_NOT_IMPLEMENTED',
          `the local emulator does not implement ${action}`,
        )
      const apiName = fields.apiName?.data.toString() ?? ''
      const reply = await openApi(ctx, apiName, fields.requestData?.data ?? Buffer.alloc(0), inv)
      res.writeHead(200, { 'content-type': 'application/octet-stream' })
      return void res.end(reply)
    }
    const params = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>
    action = String(params.action ?? '')
    const result = await dispatch(ctx, action, params, inv?.caller.openid ?? '', inv?.name)
    send(res, { requestId, ...result })
  } catch (err) {
    const e = err as Error & { code?: string }
    const code =
      err instanceof TcbError
        ? err.code
        : err instanceof StorageError
          ? 'STORAGE_REQUEST_FAIL'
          : action.startsWith('database')
            ? 'DATABASE_REQUEST_FAILED'
            : 'SYS_ERR'
    send(res, { code, message: `${e.message ?? String(err)}`, requestId })
  }
}

function send(res: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(200, {
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
  fromFn?: string,
): Promise<Record<string, unknown>> {
  if (action.startsWith('database.')) return databaseAction(ctx.db, action, p, ctx.clock.now())
  if (action.startsWith('storage.')) return storageAction(ctx, action, p)
  if (action === 'functions.invokeFunction') {
    const event = p.request_data ? JSON.parse(String(p.request_data)) : {}
    // As on the platform, a function called by a function sees the original user's OPENID.
    const r = await ctx.host.invoke(String(p.function_name ?? ''), event, {
      openid: openid || undefined,
      source: fromFn ? 'function' : 'admin',
    })
    if (!r.ok) throw new TcbError(r.code, r.message)
    return { data: { response_data: JSON.stringify(r.result) } }
  }
  throw new TcbError(
    'ACTION_NOT_IMPLEMENTED',
    `the local emulator does not implement ${action || '(no action)'}`,
  )
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
  if (apiName !== 'subscribeMessage.send') return encodeOpenApiReply({}, API_NOT_FOUND)
  const params = decodeOpenApiRequest(requestData)
  return encodeOpenApiReply(await sendSubscribeMessage(ctx, params, inv?.name ?? ''))
}

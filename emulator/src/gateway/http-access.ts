import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { REPO } from '../config'
import type { Ctx } from '../context'
import { clientAddress, MB, readBody, sendJson } from '../http'

/**
 * CloudBase's HTTP access service (HTTP 访问服务, 云接入): a trigger path bound to a function
 * (cloudbase/http-access.json, what the operator sets in the console). A request under the path
 * becomes the integration event {path, httpMethod, headers, queryStringParameters, body,
 * isBase64Encoded}; the function's {statusCode, headers, body, isBase64Encoded} becomes the
 * response — a plain object is sent as JSON, as the platform does. No login: the function
 * decides (Open311's api_key).
 */
interface Route {
  path: string
  function: string
}

let routes: Route[] | null = null
function loadRoutes(): Route[] {
  if (!routes) {
    try {
      routes = JSON.parse(fs.readFileSync(REPO.httpAccess, 'utf8')) as Route[]
    } catch {
      routes = []
    }
  }
  return routes
}

/** Text bodies travel as text, anything else base64 (as the platform encodes binary). */
const TEXTUAL = /^(text\/|application\/(json|x-www-form-urlencoded|xml))/i

export async function handleHttpAccess(
  ctx: Ctx,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const p = url.pathname
  const route = loadRoutes().find((r) => p === r.path || p.startsWith(`${r.path}/`))
  if (!route) return false
  const raw = await readBody(req, 6 * MB)
  const textual = TEXTUAL.test(String(req.headers['content-type'] ?? 'text/plain'))
  const headers = Object.fromEntries(
    Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]),
  )
  const event = {
    path: p,
    httpMethod: req.method ?? 'GET',
    headers,
    queryStringParameters: Object.fromEntries(url.searchParams),
    body: raw.length ? raw.toString(textual ? 'utf8' : 'base64') : '',
    isBase64Encoded: raw.length > 0 && !textual,
    requestContext: { sourceIp: clientAddress(req) },
  }
  const r = await ctx.host.invoke(route.function, event, { ip: clientAddress(req), source: 'http' })
  if (!r.ok) {
    sendJson(res, r.status, { errCode: r.errCode, errMsg: r.message })
    return true
  }
  const out = r.result as {
    statusCode?: number
    headers?: Record<string, string>
    body?: unknown
    isBase64Encoded?: boolean
  } | null
  if (!out || typeof out !== 'object' || typeof out.statusCode !== 'number') {
    sendJson(res, 200, out)
    return true
  }
  const body =
    typeof out.body === 'string'
      ? Buffer.from(out.body, out.isBase64Encoded ? 'base64' : 'utf8')
      : Buffer.from(JSON.stringify(out.body ?? ''))
  res.writeHead(out.statusCode, { ...(out.headers ?? {}), 'content-length': body.length })
  res.end(body)
  return true
}

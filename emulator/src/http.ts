import type { IncomingMessage, ServerResponse } from 'node:http'
import { jsonDepthExceeds, MAX_JSON_DEPTH } from './json'

/** A client error with its HTTP status and the `{errCode, errMsg}` body the gateway answers. */
export class HttpError extends Error {
  constructor(
    public status: number,
    public errCode: string | number,
    message: string,
  ) {
    super(message)
  }
}

export const KB = 1024
export const MB = 1024 * KB

/** Reads the whole body, refusing (413) as soon as it passes `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > limit) {
      req.resume()
      return reject(
        new HttpError(413, 'PAYLOAD_TOO_LARGE', `请求体过大（上限 ${Math.round(limit / KB)} KB）`),
      )
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        reject(
          new HttpError(
            413,
            'PAYLOAD_TOO_LARGE',
            `请求体过大（上限 ${Math.round(limit / KB)} KB）`,
          ),
        )
      } else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** A JSON body: application/json only, at most `limit` bytes, must parse. */
export async function readJson(req: IncomingMessage, limit = MB): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '')
  if (!/^application\/json\b/i.test(type)) {
    req.resume()
    throw unsupportedType()
  }
  const body = await readBody(req, limit)
  return body.length ? parseJson(body.toString('utf8')) : {}
}

/**
 * The one JSON parser for request bodies: 400 MALFORMED_JSON, or 400 JSON_TOO_DEEP past
 * MAX_JSON_DEPTH levels (see json.ts) — never a stack overflow further in.
 */
export function parseJson(text: string): unknown {
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH))
    throw new HttpError(400, 'JSON_TOO_DEEP', `请求体嵌套过深（至多 ${MAX_JSON_DEPTH} 层）`)
  try {
    return JSON.parse(text)
  } catch {
    throw new HttpError(400, 'MALFORMED_JSON', '请求体不是合法的 JSON')
  }
}

/**
 * 415 for a body that is not what the endpoint reads. Refusing text/plain and form encodings
 * is what keeps a web page's cross-site "simple" POST away: a JSON POST needs a CORS preflight,
 * which this server never grants.
 */
export function unsupportedType(expected = 'application/json'): HttpError {
  return new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `请求须为 ${expected}`)
}

/** decodeURIComponent that answers a malformed escape (`%E0`) with a 400, not a 500. */
export function decodePath(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    throw new HttpError(400, 'BAD_URL', '请求地址编码不合法')
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}

export function sendError(res: ServerResponse, err: unknown): void {
  if (err instanceof HttpError)
    return sendJson(res, err.status, { errCode: err.errCode, errMsg: err.message })
  console.error('[emulator] internal error', err)
  sendJson(res, 500, { errCode: 'INTERNAL', errMsg: String((err as Error)?.message ?? err) })
}

/** The client's address (IPv4-mapped IPv6 shown as plain IPv4), for per-IP limits. */
export function clientAddress(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? '').replace(/^::ffff:(?=\d+\.)/, '')
}

/**
 * From this machine and addressed by a loopback name. The Host check turns away a web page
 * that re-binds its own domain name to 127.0.0.1 (DNS rebinding): its requests come from
 * loopback but still name the page's domain.
 */
export function isLoopback(req: IncomingMessage): boolean {
  const a = req.socket.remoteAddress ?? ''
  const host = String(req.headers.host ?? '')
    .toLowerCase()
    .replace(/:\d+$/, '')
  return (
    (a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1') &&
    ['127.0.0.1', 'localhost', '[::1]'].includes(host)
  )
}

import type { IncomingMessage, ServerResponse } from 'node:http'

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
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', '请求须为 application/json')
  }
  const body = await readBody(req, limit)
  try {
    return body.length ? JSON.parse(body.toString('utf8')) : {}
  } catch {
    throw new HttpError(400, 'MALFORMED_JSON', '请求体不是合法的 JSON')
  }
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

export function isLoopback(req: IncomingMessage): boolean {
  const a = req.socket.remoteAddress ?? ''
  return a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1'
}

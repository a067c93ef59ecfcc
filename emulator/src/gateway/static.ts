import fs from 'node:fs'
import path from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import zlib from 'node:zlib'
import { decodePath } from '../http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.webp': 'image/webp',
}

// Text compresses 3–5×; images and fonts are compressed already.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map'])
// A content hash in the name (js/app.1a2b3c4d.js): the bytes never change under that name.
const HASHED = /[.-][0-9a-f]{8,}\.[a-z0-9]+$/
/** Gzipped bodies by file, kept while the file is unchanged (a build replaces them). */
const gzipped = new Map<string, { stamp: string; body: Buffer }>()

function gzipOf(file: string, stamp: string): Buffer {
  const hit = gzipped.get(file)
  if (hit?.stamp === stamp) return hit.body
  const body = zlib.gzipSync(fs.readFileSync(file), { level: 9 })
  gzipped.set(file, { stamp, body })
  return body
}

/**
 * Serves the H5 build; unknown paths get index.html (client-side routes). Hashed files are cached
 * for a year (a new build has new names); index.html is revalidated on every load (its ETag
 * makes that a 304) so a new build is picked up at once. Text goes gzipped when the browser asks.
 */
export function serveStatic(
  root: string,
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const rel = decodePath(pathname).replace(/^\/+/, '')
  const full = path.resolve(root, rel)
  if (full !== path.resolve(root) && !full.startsWith(path.resolve(root) + path.sep)) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
    return void res.end('bad path')
  }
  let file = full
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html')
  if (!fs.existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
    return void res.end(
      '<p>管家小北：H5 尚未构建。请先运行 <code>npm run build:h5</code>（或 <code>npm start</code>）。</p>',
    )
  }
  const ext = path.extname(file)
  const st = fs.statSync(file)
  const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`
  const headers: Record<string, string> = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    etag,
  }
  if (COMPRESSIBLE.has(ext)) headers.vary = 'Accept-Encoding'
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers)
    return void res.end()
  }
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))
  const body = gzip ? gzipOf(file, etag) : null
  if (body) headers['content-encoding'] = 'gzip'
  headers['content-length'] = String(body ? body.length : st.size)
  res.writeHead(200, headers)
  if (req.method === 'HEAD') return void res.end()
  if (body) return void res.end(body)
  fs.createReadStream(file).pipe(res)
}

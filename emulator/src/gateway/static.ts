import fs from 'node:fs'
import path from 'node:path'
import type { ServerResponse } from 'node:http'
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

/** Serves the H5 build; unknown paths get index.html (client-side routes). */
export function serveStatic(root: string, pathname: string, res: ServerResponse): void {
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
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
  fs.createReadStream(file).pipe(res)
}

#!/usr/bin/env node
/**
 * A minimal static server for a built folder (dist/h5), used when only the app — not the local
 * cloud — is needed. Exports `serveStatic(dir, port)`; run directly it serves dist/h5 on PORT.
 */
const fs = require('node:fs')
const http = require('node:http')
const path = require('node:path')

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

function serveStatic(dir, port, host = '127.0.0.1') {
  const root = path.resolve(dir)
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent((req.url || '/').split('?')[0])
    let file = path.resolve(root, '.' + urlPath)
    // Refuse anything that escapes the folder (../ tricks).
    if (!file.startsWith(root)) return void res.writeHead(403).end('forbidden')
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory())
      file = path.join(root, 'index.html')
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' })
    fs.createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)))
}

module.exports = { serveStatic }

if (require.main === module) {
  const port = Number(process.env.PORT || 10086)
  serveStatic(path.join(__dirname, '..', 'dist', 'h5'), port).then(() =>
    console.log(`管家小北 H5: http://127.0.0.1:${port}/`),
  )
}

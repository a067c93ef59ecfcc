import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startSystem, type System } from '../../support/system'

// A stand-in H5 build: the test owns its bytes, so it runs without `npm run build:h5`.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xb-static-'))
const JS = `console.log(${JSON.stringify('管家小北 '.repeat(500))})\n`
fs.mkdirSync(path.join(dir, 'js'))
fs.writeFileSync(path.join(dir, 'js', 'app.1a2b3c4d.js'), JS)
fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="app"></div>')

let system: System
beforeAll(async () => {
  system = await startSystem({ env: { STATIC_DIR: dir } })
})
afterAll(async () => {
  await system.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

async function get(p: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${system.url}${p}`, { headers })
  return { res, bytes: Buffer.from(await res.arrayBuffer()) }
}

test('a hashed script is sent gzipped and cached for a year', async () => {
  const { res } = await get('/js/app.1a2b3c4d.js', { 'accept-encoding': 'gzip' })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-encoding')).toBe('gzip')
  expect(res.headers.get('vary')).toBe('Accept-Encoding')
  expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  // The bytes on the wire (fetch decoded them; content-length counts what was sent).
  expect(Number(res.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(JS) / 3)
})

test('a client that does not ask for gzip gets the plain bytes', async () => {
  const { res, bytes } = await get('/js/app.1a2b3c4d.js', { 'accept-encoding': 'identity' })
  expect(res.headers.get('content-encoding')).toBeNull()
  expect(bytes.toString()).toBe(JS)
})

test('index.html (and a client-side route) is revalidated every load, a 304 when unchanged', async () => {
  for (const p of ['/', '/pages/home/index']) {
    const { res } = await get(p)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    const etag = res.headers.get('etag') as string
    expect(etag).toBeTruthy()
    const again = await get(p, { 'if-none-match': etag })
    expect(again.res.status).toBe(304)
    expect(again.bytes.length).toBe(0)
  }
})

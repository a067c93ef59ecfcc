/**
 * The emulator's own doors (issue 12, findings 5 and 9), tried from outside as a probe would:
 * raw HTTP, no SDK, except where a signed request is the point.
 */
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import { sdkFor } from '../../support/sdk'
import type { System } from '../../support/system'
import { tcbRaw } from '../../support/tcb'
import { invokeRaw, startWithFixtures } from './fixtures'
import { tokensFor } from '../../support/http-api'

let system: System
beforeAll(async () => {
  // The demo street (users with phone numbers) behind the fixture functions.
  system = await startWithFixtures({ env: { SEED: '1', POOL_SIZE: '2' } })
})
afterAll(() => system.stop())

interface Raw {
  status: number
  headers: http.IncomingHttpHeaders
  body: Record<string, unknown>
}

/** One request with the path sent byte for byte (fetch would re-encode a malformed one). */
function raw(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<Raw> {
  const { hostname, port } = new URL(system.url)
  return new Promise((resolve, reject) => {
    const r = http.request({ host: hostname, port, method, path, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c) => (text += c))
      res.on('end', () => {
        let parsed: Record<string, unknown>
        try {
          parsed = JSON.parse(text)
        } catch {
          parsed = { text }
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed })
      })
    })
    r.on('error', reject)
    r.end(body)
  })
}
const post = (path: string, body: string, type = 'application/json', extra = {}) =>
  raw('POST', path, body, { 'content-type': type, ...extra })

async function users(): Promise<Array<Record<string, unknown>>> {
  const db = sdkFor(system).database()
  return (await db.collection('users').limit(1000).get()).data
}
async function healthy(): Promise<boolean> {
  return (await fetch(`${system.url}/healthz`)).ok
}
async function signIn(openid: string): Promise<string> {
  return (await tokensFor(system, openid)).access_token
}

/** `levels` nested arrays: `[[[…]]]`. */
const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels)
/** A whole body nested `levels` deep: the outer object is level 1. */
const eventNested = (levels: number) => `{"action":"x","payload":${nested(levels - 1)}}`

describe('POST /tcb answers only the emulator’s own function workers', () => {
  const insertOffice = {
    action: 'database.insertDocument',
    collectionName: 'users',
    data: [JSON.stringify({ _id: 'evil-office', role: 'office', name: 'x' })],
  }
  const readUsers = {
    action: 'database.getDocument',
    collectionName: 'users',
    queryType: 'WHERE',
    query: '{}',
    limit: 1000,
  }

  test('a web page’s cross-site text/plain POST is refused (415) and inserts nothing', async () => {
    const before = await users()
    const r = await post('/tcb', JSON.stringify(insertOffice), 'text/plain')
    expect(r.status).toBe(415)
    expect(r.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' })
    const after = await users()
    expect(after).toHaveLength(before.length)
    expect(after.find((u) => u._id === 'evil-office')).toBeUndefined()
  })

  test.each([
    ['no signature', { unsigned: true }, 401, 'SIGN_PARAM_INVALID'],
    [
      'a signature with a guessed key',
      { secretKey: 'emulator-secret-key' },
      401,
      'SIGN_PARAM_INVALID',
    ],
    [
      'a signature an hour old',
      { timestamp: Math.floor(Date.now() / 1000) - 3600 },
      401,
      'SIGN_EXPIRED_ERROR',
    ],
    [
      'the id of an invocation that is not running',
      { inv: 'f0e1d2c3' },
      403,
      'INVALID_REQUEST_SOURCE',
    ],
  ])('%s: refused, no user rows, no insert', async (_, options, status, code) => {
    const read = await tcbRaw(system, readUsers, options)
    expect(read.status).toBe(status)
    expect(read.body).toMatchObject({ code })
    expect(read.body.data).toBeUndefined()
    expect(JSON.stringify(read.body)).not.toMatch(/1[3-9]\d{9}/) // no phone number leaked
    const write = await tcbRaw(system, insertOffice, options)
    expect(write.status).toBe(status)
    expect((await users()).find((u) => u._id === 'evil-office')).toBeUndefined()
  })

  test('the same request signed with the emulator’s key is answered (the control)', async () => {
    const r = await tcbRaw(system, readUsers)
    expect(r.status).toBe(200)
    expect((r.body.data as { list: unknown[] }).list.length).toBeGreaterThan(0)
  })

  test('a signed body cannot be altered: another collection under the same signature', async () => {
    const r = await tcbRaw(system, { ...readUsers, collectionName: 'files' }, { body: readUsers })
    expect(r.status).toBe(401)
    expect(r.body).toMatchObject({ code: 'SIGN_PARAM_INVALID' })
  })
})

test('the emulator listens on 127.0.0.1 only (HOST unset)', async () => {
  const port = Number(new URL(system.url).port)
  const outside = Object.values(os.networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => i!.address)
  for (const address of outside) {
    const err = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      const s = net.connect({ host: address, port }, () => {
        s.destroy()
        resolve(null)
      })
      s.on('error', resolve)
    })
    expect(err?.code).toBe('ECONNREFUSED')
  }
  expect(await healthy()).toBe(true) // and loopback does answer
})

describe('JSON endpoints refuse other content types (415), so no cross-site simple POST', () => {
  test.each([
    ['/api/demo/ticket', '{"openid":"demo-office-1"}'],
    ['/auth/v1/signin/custom', '{"provider_id":"custom","ticket":"x"}'],
    ['/auth/v1/token', '{"grant_type":"refresh_token","refresh_token":"x"}'],
    ['/v1/functions/whoami', '{"action":"x"}'],
    ['/v1/storages/get-objects-download-info', '[{"cloudObjectId":"x"}]'],
    ['/api/subscribe', '{"templateIds":["TPL_REPORT_STATUS"]}'],
    ['/__emulator/invoke', '{"name":"whoami","event":{}}'],
    ['/tcb', '{"action":"database.getDocument","collectionName":"users"}'],
  ])('%s', async (path, body) => {
    const auth = { authorization: `Bearer ${await signIn('demo-resident-1')}` }
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const r = await post(path, body, type, auth)
      expect({ path, type, status: r.status }).toEqual({ path, type, status: 415 })
      expect(JSON.stringify(r.body)).toContain('UNSUPPORTED_MEDIA_TYPE')
    }
  })
})

describe('a JSON body nested thousands of levels deep', () => {
  test.each([
    ['/v1/functions/whoami', 5000],
    ['/v1/functions/whoami', 20000],
    ['/api/demo/ticket', 5000],
    ['/auth/v1/signin/custom', 5000],
    ['/v1/storages/get-objects-download-info', 20000],
    ['/__emulator/invoke', 20000],
    ['/__emulator/clock', 5000],
    ['/tcb', 20000],
  ])('%s at %i levels answers 400 JSON_TOO_DEEP', async (path, levels) => {
    const auth = {
      authorization:
        path === '/tcb'
          ? 'TC3-HMAC-SHA256 Credential=x' // looks signed: the body is parsed before it is checked
          : `Bearer ${await signIn('demo-resident-1')}`,
    }
    const r = await post(path, eventNested(levels), 'application/json', auth)
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.body)).toContain('JSON_TOO_DEEP')
    expect(JSON.stringify(r.body)).toContain('嵌套过深')
  })

  test('five at once (12–40 KB each) leave the emulator up and answering', async () => {
    const sizes = [6000, 10000, 14000, 17000, 20000]
    const auth = { authorization: `Bearer ${await signIn('demo-resident-1')}` }
    const rs = await Promise.all(
      sizes.map((n) => post('/v1/functions/whoami', eventNested(n), 'application/json', auth)),
    )
    expect(rs.map((r) => r.status)).toEqual([400, 400, 400, 400, 400])
    expect(await healthy()).toBe(true)
    expect(await system.invoke('whoami', { tag: 'after' }, 'oAfter')).toMatchObject({
      openid: 'oAfter',
      tag: 'after',
    })
  })

  test('64 levels are served, 65 are refused', async () => {
    const token = await signIn('demo-resident-1')
    const call = (levels: number) =>
      post('/v1/functions/whoami', eventNested(levels), 'application/json', {
        authorization: `Bearer ${token}`,
      })
    expect((await call(64)).status).toBe(200)
    expect((await call(65)).status).toBe(400)
  })

  test('a deep event or query inside a signed /tcb call is a clear INVALID_PARAM', async () => {
    const fn = await tcbRaw(system, {
      action: 'functions.invokeFunction',
      function_name: 'whoami',
      request_data: nested(5000),
    })
    expect(fn.status).toBe(200) // the SDK's wire shape: errors travel in the body
    expect(fn.body).toMatchObject({ code: 'INVALID_PARAM' })
    const q = await tcbRaw(system, {
      action: 'database.getDocument',
      collectionName: 'users',
      queryType: 'WHERE',
      query: `{"a":${nested(5000)}}`,
    })
    expect(q.body).toMatchObject({ code: 'INVALID_PARAM' })
    expect(await healthy()).toBe(true)
  })
})

describe('the function worker side', () => {
  test('a function returning a value too deep to send back fails that call only', async () => {
    const r = await invokeRaw(system.url, 'deep', { mode: 'result', n: 20000 })
    expect(r.status).toBe(502)
    expect(r.body).toMatchObject({
      errCode: -504002,
      errMsg: expect.stringContaining('cannot be returned'),
    })
    expect(await system.invoke('deep', { mode: 'result', n: 3 })).toEqual({ deep: [[[]]] })
  })

  test('a function forwarding a deep payload to another gets an error, not a crash', async () => {
    const r = await system.invoke<Record<string, unknown>>('deep', { mode: 'call', n: 100 })
    expect(r).toMatchObject({ ok: false, errMsg: expect.stringContaining('嵌套过深') })
    expect(await system.invoke('deep', { mode: 'call', n: 10 }, 'oFwd')).toMatchObject({
      ok: true,
      result: { openid: 'oFwd' },
    })
    expect(await healthy()).toBe(true)
  })
})

test.each([
  ['GET', '/%E0%A4%A'],
  ['GET', '/pages/%E0%A4%A/index'],
  ['GET', '/files/%E0%A4%A?sign=x&t=1'],
  ['POST', '/v1/functions/%E0%A4%A'],
  ['GET', '/api/%E0%A4%A'],
  ['PUT', '/__upload/%E0%A4%A'],
  ['POST', '/__emulator/%E0%A4%A'],
  ['POST', '/tcb/%E0%A4%A'],
])('a malformed path: %s %s answers 400, not 500', async (method, path) => {
  const r = await raw(method, path, method === 'GET' ? undefined : '{}', {
    'content-type': 'application/json',
  })
  expect(r.status).toBe(400)
  expect(r.body).toMatchObject({ errCode: 'BAD_URL' })
})

describe('event streams per user', () => {
  const open = (token: string) =>
    new Promise<{ status: number; req: http.ClientRequest; body: string }>((resolve, reject) => {
      const { hostname, port } = new URL(system.url)
      const req = http.get(
        { host: hostname, port, path: `/api/events?token=${encodeURIComponent(token)}` },
        (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (c) => {
            body += c
            // An open stream: settled once its `ready` event arrived.
            if (res.statusCode === 200 && body.includes('event: ready'))
              resolve({ status: 200, req, body })
          })
          res.on('end', () => resolve({ status: res.statusCode ?? 0, req, body }))
        },
      )
      req.on('error', reject)
    })

  test('a sixth stream of one user is refused with 429; others and freed slots still work', async () => {
    const token = await signIn('demo-resident-2')
    const streams = []
    for (let i = 0; i < 5; i++) streams.push(await open(token))
    expect(streams.map((s) => s.status)).toEqual([200, 200, 200, 200, 200])
    const sixth = await open(token)
    expect(sixth.status).toBe(429)
    expect(JSON.parse(sixth.body)).toMatchObject({
      errCode: 'TOO_MANY_STREAMS',
      errMsg: expect.stringContaining('实时连接过多'),
    })
    const other = await open(await signIn('demo-resident-3'))
    expect(other.status).toBe(200)
    other.req.destroy()
    // Closing one frees its slot (once the server has seen the close).
    streams.shift()!.req.destroy()
    let again = await open(token)
    for (let i = 0; i < 50 && again.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100))
      again = await open(token)
    }
    expect(again.status).toBe(200)
    for (const s of [...streams, again]) s.req.destroy()
  })
})

test('the /__emulator hooks refuse a request naming another host (DNS rebinding)', async () => {
  const r = await post('/__emulator/tick', '{}', 'application/json', { host: 'evil.example' })
  expect(r.status).toBe(403)
  expect((await post('/__emulator/tick', '{}')).status).toBe(200)
})

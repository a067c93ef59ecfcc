import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { signIn, TINY_JPEG } from '../../support/gateway'
import { sdkFor } from '../../support/sdk'
import { startSystem, type System } from '../../support/system'
import { tcbRaw } from '../../support/tcb'

const SECRET = 'gateway-test-secret'
let system: System
beforeAll(async () => {
  system = await startSystem({ env: { SESSION_SECRET: SECRET } })
})
/** A valid access token for calls whose refusal must come from something else. */
let officeToken = ''
beforeAll(async () => {
  officeToken = (await signIn(system, 'demo-office-1')).token
})
const auth = () => ({ authorization: `Bearer ${officeToken}` })
/** The error code of any answer: the HTTP API's `code`, its auth `error`, the emulator's `errCode`. */
const codeOf = (b: Record<string, unknown>) => b.code ?? b.error ?? b.errCode
/** The HTTP API's upload target for one path (an item with `code` when refused). */
async function uploadInfo(cloudPath: string, t?: string) {
  const r = await req(
    '/v1/storages/get-objects-upload-info',
    json([{ objectId: cloudPath }], t ? { authorization: `Bearer ${t}` } : {}),
  )
  const item = Array.isArray(r.body) ? (r.body[0] as Record<string, string>) : undefined
  return { status: r.status, body: r.body, item }
}
afterAll(() => system.stop())

async function req(path: string, init: RequestInit = {}) {
  const res = await fetch(`${system.url}${path}`, init)
  const text = await res.text()
  let body: Record<string, unknown> = {}
  try {
    body = JSON.parse(text)
  } catch {
    body = { text }
  }
  return { status: res.status, body }
}
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
})
/** An access token signed with the right secret but expired (forged ones use a wrong secret). */
function token(openid: string, exp: number, secret = SECRET): string {
  const claims = { sub: 'u'.repeat(32), cu: openid, anon: false, sid: 's', k: 'a', exp }
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${crypto.createHmac('sha256', secret).update(body).digest('base64url')}`
}
const users = async () =>
  (await sdkFor(system).database().collection('users').count()).total as number
const files = async () =>
  (await sdkFor(system).database().collection('files').count()).total as number

test('the good path: sign in, call a function, upload, get a URL, download the same bytes', async () => {
  const me = await signIn(system, 'demo-resident-1')
  expect((await me.call('user.whoami')).data).toMatchObject({
    openid: 'demo-resident-1',
    role: 'resident',
  })
  const fileID = await me.upload('uploads/demo-resident-1/20261123/g.jpg', TINY_JPEG)
  const urls = await req(
    '/v1/storages/get-objects-download-info',
    json([{ cloudObjectId: fileID }], { authorization: `Bearer ${me.token}` }),
  )
  const url = (urls.body as unknown as Array<{ downloadUrl: string }>)[0].downloadUrl
  const got = Buffer.from(await (await fetch(url)).arrayBuffer())
  expect(got.equals(TINY_JPEG)).toBe(true)
})

test.each([
  [
    'malformed JSON',
    () => req('/v1/functions/user', json('{"action": "user.whoami"', auth())),
    400,
    'MALFORMED_JSON',
  ],
  [
    'a JSON array as the event',
    () => req('/v1/functions/user', json([1, 2], auth())),
    400,
    'INVALID_PARAM',
  ],
  [
    'text/plain to a JSON endpoint',
    () =>
      req('/api/demo/ticket', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{"openid":"demo-office-1"}',
      }),
    415,
    'UNSUPPORTED_MEDIA_TYPE',
  ],
  [
    'a huge body',
    () => req('/api/demo/ticket', json({ openid: 'x'.repeat(2 * 1024 * 1024) })),
    413,
    'PAYLOAD_TOO_LARGE',
  ],
  [
    'a forged token',
    () =>
      req(
        '/v1/functions/user',
        json(
          { action: 'user.whoami' },
          { authorization: `Bearer ${token('demo-office-1', Date.now() + 3600_000, 'wrong')}` },
        ),
      ),
    401,
    'INVALID_CREDENTIALS',
  ],
  [
    'an expired token',
    () =>
      req(
        '/v1/functions/user',
        json(
          { action: 'user.whoami' },
          { authorization: `Bearer ${token('demo-office-1', Date.now() - 1000)}` },
        ),
      ),
    401,
    'ACCESS_TOKEN_EXPIRED',
  ],
  [
    'a token that is not a token',
    () =>
      req('/v1/functions/user', json({ action: 'user.whoami' }, { authorization: 'Bearer abc' })),
    401,
    'INVALID_CREDENTIALS',
  ],
  [
    'no token',
    () => req('/v1/functions/user', json({ action: 'user.whoami' })),
    401,
    'MISSING_CREDENTIALS',
  ],
  ['an unknown API route', () => req('/api/nothing', json({})), 404, 'NOT_FOUND'],
  [
    'an unknown function',
    () => req('/v1/functions/nope', json({ action: 'x' }, auth())),
    404,
    'FUNCTION_NOT_FOUND',
  ],
  ['an unknown HTTP API route', () => req('/v1/nothing', json({}, auth())), 404, 'NOT_FOUND'],
  [
    'a bad openid for a demo ticket',
    () => req('/api/demo/ticket', json({ openid: '../../etc' })),
    400,
    'INVALID_OPENID',
  ],
  ['events without a token', () => req('/api/events'), 401, 'MISSING_CREDENTIALS'],
])('%s is refused with a clear 4xx', async (_name, call, status, code) => {
  const before = await users()
  const r = await call()
  expect(r.status).toBe(status)
  expect([codeOf(r.body), r.status]).toEqual([code, status])
  const message = r.body.message ?? r.body.error_description ?? r.body.errMsg
  expect(message).toEqual(expect.any(String))
  expect(await users()).toBe(before)
})

test.each([
  ['..', 'uploads/../../etc/passwd.jpg', 400],
  ['encoded ..', 'uploads/%2e%2e/x.jpg', 400],
  ['absolute', '/etc/x.jpg', 400],
  ['backslash', 'uploads\\..\\x.jpg', 400],
  ['a forbidden type', 'uploads/demo-resident-1/x.exe', 415],
])(
  'upload with a bad cloudPath (%s) gets no upload URL and stores nothing',
  async (_name, cloudPath) => {
    const me = await signIn(system, 'demo-resident-1')
    const before = await files()
    const { status, item } = await uploadInfo(cloudPath, me.token)
    expect(status).toBe(200)
    expect(item).toMatchObject({ code: 'INVALID_PARAM', message: expect.any(String) })
    expect(item?.uploadUrl).toBeUndefined()
    expect(await files()).toBe(before)
  },
)

test('upload: a type that does not match the extension, no token, or someone else’s path', async () => {
  const me = await signIn(system, 'demo-resident-1')
  const other = await signIn(system, 'demo-resident-2')
  const mine = 'uploads/demo-resident-1/20261123/mine.jpg'
  const up = async (t: string, type = 'image/jpeg') => {
    const { item } = await uploadInfo(mine, t)
    if (!item?.uploadUrl) return { status: 403, code: item?.code }
    const r = await fetch(item.uploadUrl, {
      method: 'PUT',
      headers: { authorization: item.authorization, 'content-type': type },
      body: TINY_JPEG,
    })
    return { status: r.status, code: '' }
  }
  expect((await up(me.token, 'image/png')).status).toBe(415)
  expect((await uploadInfo(mine)).status).toBe(401)
  expect((await up(me.token)).status).toBe(200)
  const theirs = await up(other.token) // can't overwrite another user's file
  expect(theirs).toEqual({ status: 403, code: 'STORAGE_EXCEED_AUTHORITY' })
  const owner = await sdkFor(system).database().collection('files').where({ cloudPath: mine }).get()
  expect(owner.data.map((f: { ownerOpenid: string }) => f.ownerOpenid)).toEqual(['demo-resident-1'])
})

test.each([
  ['a traversal in a download URL', '/files/..%2F..%2Fsession-secret?sign=x&t=9999999999', 400],
  ['an unsigned download URL', '/files/uploads/demo-resident-1/20261123/mine.jpg', 403],
  [
    'a wrong signature',
    '/files/uploads/demo-resident-1/20261123/mine.jpg?sign=00&t=9999999999',
    403,
  ],
])('%s is refused', async (_name, path, status) => {
  expect((await req(path)).status).toBe(status)
})

test('file URLs for a fileID of another environment or with .. are refused', async () => {
  const me = await signIn(system, 'demo-resident-1')
  const good = await me.upload('uploads/demo-resident-1/20261123/ok.jpg', TINY_JPEG)
  const prefix = good.slice(0, good.indexOf('/uploads/') + 1)
  for (const id of [
    'cloud://other-env.bucket/uploads/a.jpg',
    `${prefix}uploads/../../session-secret`,
    `${prefix}uploads/%2e%2e/x.jpg`,
    `${prefix}/etc/passwd`,
    `${prefix}uploads\\..\\x.jpg`,
    42,
  ]) {
    const r = await req(
      '/v1/storages/get-objects-download-info',
      json([{ cloudObjectId: id }], { authorization: `Bearer ${me.token}` }),
    )
    expect([id, r.status]).toEqual([id, 400])
    expect(r.body).toMatchObject({ code: expect.any(String), message: expect.any(String) })
  }
  const many = Array(51).fill({ cloudObjectId: good })
  const r2 = await req(
    '/v1/storages/get-objects-download-info',
    json(many, { authorization: `Bearer ${me.token}` }),
  )
  expect(r2.status).toBe(400)
})

test('malformed percent-encoding in a path is a 400, not a crash', async () => {
  const fn = await req('/v1/functions/%E0', json({ action: 'x' }))
  expect(fn).toMatchObject({ status: 400, body: { errCode: 'BAD_URL' } })
  expect((await req('/files/%E0%A4.jpg?sign=a&t=9999999999')).status).toBe(400)
  expect((await req('/files/..%5c..%5csession-secret?sign=a&t=9999999999')).status).toBe(400)
  expect(system.log.join('')).not.toMatch(/internal error/)
})

test('an upload over the 10 MB limit is a 413 and stores nothing', async () => {
  const me = await signIn(system, 'demo-resident-1')
  const before = await files()
  const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0xff)
  const cloudPath = 'uploads/demo-resident-1/20261123/big.jpg'
  const { item } = await uploadInfo(cloudPath, me.token)
  const r = await fetch(String(item?.uploadUrl), {
    method: 'PUT',
    headers: { authorization: String(item?.authorization), 'content-type': 'image/jpeg' },
    body: big,
  }).catch(() => ({ status: 413 }))
  expect(r.status).toBe(413)
  expect(await files()).toBe(before)
  expect(fs.existsSync(path.join(system.dataDir, 'files', cloudPath))).toBe(false)
})

test('/__emulator hooks need the publish secret for publish, and reject bad clocks', async () => {
  expect(
    (await req('/__emulator/publish?secret=guess', json({ openid: 'x', event: { type: 't' } })))
      .status,
  ).toBe(403)
  expect((await req('/__emulator/clock', json({ now: 'tomorrow' }))).status).toBe(400)
})

test('the TCB endpoint names an action it does not implement instead of pretending', async () => {
  const r = await tcbRaw(system, { action: 'database.migrateEverything', collectionName: 'users' })
  expect(r.status).toBe(200) // the SDK's wire shape: errors travel in the body
  expect(r.body).toMatchObject({
    code: 'ACTION_NOT_IMPLEMENTED',
    message: expect.stringContaining('database.migrateEverything'),
  })
})

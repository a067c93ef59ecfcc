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
/** A token signed with the right secret but expired (forged ones use a wrong secret). */
function token(openid: string, exp: number, secret = SECRET): string {
  const body = Buffer.from(JSON.stringify({ openid, exp })).toString('base64url')
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
    '/api/files/urls',
    json({ fileIDs: [fileID] }, { authorization: `Bearer ${me.token}` }),
  )
  const url = (urls.body as unknown as Array<{ tempFileURL: string }>)[0].tempFileURL
  const got = Buffer.from(await (await fetch(url)).arrayBuffer())
  expect(got.equals(TINY_JPEG)).toBe(true)
})

test.each([
  [
    'malformed JSON',
    () => req('/api/functions/user', json('{"action": "user.whoami"')),
    400,
    'MALFORMED_JSON',
  ],
  [
    'a JSON array as the event',
    () => req('/api/functions/user', json([1, 2])),
    400,
    'INVALID_EVENT',
  ],
  [
    'text/plain to a JSON endpoint',
    () =>
      req('/api/login', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{"openid":"demo-office-1"}',
      }),
    415,
    'UNSUPPORTED_MEDIA_TYPE',
  ],
  [
    'a huge body',
    () => req('/api/login', json({ openid: 'x'.repeat(2 * 1024 * 1024) })),
    413,
    'PAYLOAD_TOO_LARGE',
  ],
  [
    'a forged token',
    () =>
      req(
        '/api/functions/user',
        json(
          { action: 'user.whoami' },
          { authorization: `Bearer ${token('demo-office-1', Date.now() + 3600_000, 'wrong')}` },
        ),
      ),
    401,
    'UNAUTHENTICATED',
  ],
  [
    'an expired token',
    () =>
      req(
        '/api/functions/user',
        json(
          { action: 'user.whoami' },
          { authorization: `Bearer ${token('demo-office-1', Date.now() - 1000)}` },
        ),
      ),
    401,
    'UNAUTHENTICATED',
  ],
  [
    'a token that is not a token',
    () =>
      req('/api/functions/user', json({ action: 'user.whoami' }, { authorization: 'Bearer abc' })),
    401,
    'UNAUTHENTICATED',
  ],
  ['an unknown API route', () => req('/api/nothing', json({})), 404, 'NOT_FOUND'],
  ['an unknown function', () => req('/api/functions/nope', json({ action: 'x' })), 404, -501000],
  [
    'a bad openid at sign-in',
    () => req('/api/login', json({ openid: '../../etc' })),
    400,
    'INVALID_OPENID',
  ],
  ['events without a token', () => req('/api/events'), 401, 'UNAUTHENTICATED'],
])('%s is refused with a clear 4xx', async (_name, call, status, code) => {
  const before = await users()
  const r = await call()
  expect(r.status).toBe(status)
  expect(r.body).toMatchObject({ errCode: code, errMsg: expect.any(String) })
  expect(await users()).toBe(before)
})

test.each([
  ['..', 'uploads/../../etc/passwd.jpg', 400],
  ['encoded ..', 'uploads/%2e%2e/x.jpg', 400],
  ['absolute', '/etc/x.jpg', 400],
  ['backslash', 'uploads\\..\\x.jpg', 400],
  ['a forbidden type', 'uploads/demo-resident-1/x.exe', 415],
])(
  'upload with a bad cloudPath (%s) is refused and stores nothing',
  async (_name, cloudPath, status) => {
    const me = await signIn(system, 'demo-resident-1')
    const before = await files()
    const r = await req(`/api/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${me.token}`, 'content-type': 'image/jpeg' },
      body: TINY_JPEG,
    })
    expect(r.status).toBe(status)
    expect(await files()).toBe(before)
  },
)

test('upload: a type that does not match the extension, no token, or someone else’s path', async () => {
  const me = await signIn(system, 'demo-resident-1')
  const other = await signIn(system, 'demo-resident-2')
  const mine = 'uploads/demo-resident-1/20261123/mine.jpg'
  const up = (t: string, type = 'image/jpeg') =>
    req(`/api/upload?cloudPath=${encodeURIComponent(mine)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t}`, 'content-type': type },
      body: TINY_JPEG,
    })
  expect((await up(me.token, 'image/png')).status).toBe(415)
  expect(
    (
      await req(`/api/upload?cloudPath=${encodeURIComponent(mine)}`, {
        method: 'POST',
        headers: { 'content-type': 'image/jpeg' },
        body: TINY_JPEG,
      })
    ).status,
  ).toBe(401)
  expect((await up(me.token)).status).toBe(200)
  const theirs = await up(other.token) // can't overwrite another user's file
  expect(theirs).toMatchObject({ status: 403, body: { errCode: 'STORAGE_EXCEED_AUTHORITY' } })
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
    const r = await req('/api/files/urls', json({ fileIDs: [id] }))
    expect([id, r.status]).toEqual([id, 400])
    expect(r.body).toMatchObject({ errCode: expect.any(String), errMsg: expect.any(String) })
  }
  const r2 = await req('/api/files/urls', json({ fileIDs: Array(51).fill('x') }))
  expect(r2.status).toBe(400)
})

test('malformed percent-encoding in a path is a 400, not a crash', async () => {
  const fn = await req('/api/functions/%E0', json({ action: 'x' }))
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
  const r = await req(`/api/upload?cloudPath=${cloudPath}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${me.token}`, 'content-type': 'image/jpeg' },
    body: big,
  })
  expect(r).toMatchObject({ status: 413, body: { errCode: 'PAYLOAD_TOO_LARGE' } })
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

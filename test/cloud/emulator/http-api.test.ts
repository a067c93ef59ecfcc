import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import tcb from '@cloudbase/node-sdk'
import { TINY_JPEG } from '../../support/gateway'
import { demoTicket, postJson, signInWithTicket, tokensFor } from '../../support/http-api'
import { startSystem, type System } from '../../support/system'

/**
 * CloudBase's HTTP API as the emulator serves it to the H5 build: custom sign-in with tickets,
 * token lifetimes on the emulator clock, function calls with the access token, storage.
 */
let system: System
beforeAll(async () => {
  system = await startSystem()
})
afterAll(() => system.stop())
afterEach(() => system.admin('clock', { now: null }))

const OFFICE = 'demo-office-1'
const signIn = (ticket: unknown) =>
  postJson(system, '/auth/v1/signin/custom', { provider_id: 'custom', ticket })
const call = (token: string | undefined, fn: string, action: string, payload: object = {}) =>
  postJson(system, `/v1/functions/${fn}`, { action, payload }, token)
/** Moves the emulator clock `ms` past now (frozen there). */
const later = (ms: number) => system.admin('clock', { now: Date.now() + ms })
/** The environment's custom-login key, as an operator downloads it (tcb_custom_login.json). */
const keyFile = () =>
  JSON.parse(fs.readFileSync(path.join(system.dataDir, 'custom-login.json'), 'utf8')) as {
    private_key_id: string
    private_key: string
    env_id: string
  }

describe('sign-in with a custom-login ticket', () => {
  test('a valid ticket gives a 2 h access token and a 30 d refresh token; the function sees the user', async () => {
    const r = await signIn(await demoTicket(system, OFFICE))
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ token_type: 'Bearer', expires_in: 7200, scope: 'user' })
    const me = await call(String(r.body.access_token), 'user', 'user.whoami')
    expect(me.body).toMatchObject({ ok: true, data: { openid: OFFICE, role: 'office' } })
  })

  test('a ticket minted by node-sdk createTicket with the key file signs in as that user', async () => {
    const key = keyFile()
    const app = tcb.init({ env: key.env_id, credentials: key })
    const ticket = app.auth().createTicket('demo-grid-1')
    const r = await signIn(ticket)
    expect(r.status).toBe(200)
    const me = await call(String(r.body.access_token), 'user', 'user.whoami')
    expect(me.body).toMatchObject({
      ok: true,
      data: { openid: 'demo-grid-1', role: 'grid_worker' },
    })
  })

  test('a ticket works once: the second sign-in with it is refused', async () => {
    const ticket = await demoTicket(system, OFFICE)
    expect((await signIn(ticket)).status).toBe(200)
    const again = await signIn(ticket)
    expect(again.status).toBe(401)
    expect(again.body).toMatchObject({ error: 'invalid_grant' })
    expect(String(again.body.error_description)).toContain('已使用')
  })

  test('a ticket past its 10 minutes (emulator clock) is refused', async () => {
    const ticket = await demoTicket(system, OFFICE)
    await later(11 * 60_000)
    const r = await signIn(ticket)
    expect(r.status).toBe(401)
    expect(String(r.body.error_description)).toContain('过期')
  })

  test('a forged ticket (another key, or garbage) is refused', async () => {
    const key = keyFile()
    const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
    const forger = tcb.init({
      env: key.env_id,
      credentials: {
        ...key,
        private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      },
    })
    const forged = await signIn(forger.auth().createTicket(OFFICE))
    expect(forged.status).toBe(401)
    expect(String(forged.body.error_description)).toContain('签名无效')
    expect((await signIn('not-a-ticket')).status).toBe(400)
    const wrongProvider = await postJson(system, '/auth/v1/signin/custom', {
      provider_id: 'email',
      ticket: await demoTicket(system, OFFICE),
    })
    expect(wrongProvider.status).toBe(400)
  })
})

describe('function calls with the access token', () => {
  test('missing, forged and expired tokens get 401 with CloudBase codes; refresh renews', async () => {
    const t = await tokensFor(system, OFFICE)
    expect((await call(undefined, 'user', 'user.whoami')).body).toMatchObject({
      code: 'MISSING_CREDENTIALS',
    })
    const forged = `${t.access_token.split('.')[0]}.${Buffer.alloc(32, 1).toString('base64url')}`
    const bad = await call(forged, 'user', 'user.whoami')
    expect(bad.status).toBe(401)
    expect(bad.body).toMatchObject({ code: 'INVALID_CREDENTIALS' })

    await later(7200_000 + 1000)
    const expired = await call(t.access_token, 'user', 'user.whoami')
    expect(expired.status).toBe(401)
    expect(expired.body).toMatchObject({ code: 'ACCESS_TOKEN_EXPIRED' })
    const renewed = await postJson(system, '/auth/v1/token', {
      grant_type: 'refresh_token',
      refresh_token: t.refresh_token,
    })
    expect(renewed.status).toBe(200)
    const me = await call(String(renewed.body.access_token), 'user', 'user.whoami')
    expect(me.body).toMatchObject({ ok: true, data: { openid: OFFICE } })

    await later(31 * 24 * 3600_000)
    const stale = await postJson(system, '/auth/v1/token', {
      grant_type: 'refresh_token',
      refresh_token: t.refresh_token,
    })
    expect(stale.status).toBe(401)
    expect(stale.body).toMatchObject({ error: 'invalid_grant' })
  })

  test('after sign-out (revoke) the refresh token no longer works', async () => {
    const t = await tokensFor(system, OFFICE)
    expect((await postJson(system, '/auth/v1/revoke', { token: t.refresh_token })).status).toBe(200)
    const r = await postJson(system, '/auth/v1/token', {
      grant_type: 'refresh_token',
      refresh_token: t.refresh_token,
    })
    expect(r.status).toBe(401)
  })

  test('an anonymous sign-in reaches public actions only', async () => {
    const anon = await postJson(system, '/auth/v1/signin/anonymously', {})
    expect(anon.body).toMatchObject({ scope: 'anonymous', expires_in: 7200 })
    const token = String(anon.body.access_token)
    const verify = await call(token, 'certificate', 'certificate.verify', { code: 'NOSUCHCODE1' })
    expect(verify.status).toBe(200)
    expect(verify.body).toHaveProperty('ok')
    const me = await call(token, 'user', 'user.whoami')
    expect(me.body).toMatchObject({ ok: true, data: { openid: '', role: 'resident' } })
    const inbox = await call(token, 'user', 'user.messages', {})
    expect(inbox.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })
})

describe('storage through the HTTP API', () => {
  test('a user uploads to their own path and reads it back; an anonymous user may not upload', async () => {
    const t = await tokensFor(system, 'demo-resident-1')
    const cloudPath = 'uploads/demo-resident-1/http-api.jpg'
    const [info] = (
      await postJson(
        system,
        '/v1/storages/get-objects-upload-info',
        [{ objectId: cloudPath }],
        t.access_token,
      )
    ).body as Array<Record<string, string>>
    expect(info.cloudObjectId).toMatch(/^cloud:\/\//)
    const put = await fetch(info.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'image/jpeg', authorization: info.authorization },
      body: TINY_JPEG,
    })
    expect(put.status).toBe(200)
    const [down] = (
      await postJson(
        system,
        '/v1/storages/get-objects-download-info',
        [{ cloudObjectId: info.cloudObjectId }],
        t.access_token,
      )
    ).body as Array<Record<string, string>>
    const bytes = Buffer.from(await (await fetch(down.downloadUrl)).arrayBuffer())
    expect(bytes.equals(TINY_JPEG)).toBe(true)

    const anon = await postJson(system, '/auth/v1/signin/anonymously', {})
    const [refused] = (
      await postJson(
        system,
        '/v1/storages/get-objects-upload-info',
        [{ objectId: 'uploads/anyone/x.jpg' }],
        String(anon.body.access_token),
      )
    ).body as Array<Record<string, string>>
    expect(refused).toMatchObject({ code: 'STORAGE_EXCEED_AUTHORITY' })
  })
})

test('a ticket is refused when signed in with a stale tokens helper (sanity of the helper)', async () => {
  await expect(signInWithTicket(system, 'x/@@/a.b.c')).rejects.toThrow(/sign-in: 40/)
})

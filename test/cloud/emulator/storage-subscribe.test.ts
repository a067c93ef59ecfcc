import fs from 'node:fs'
import path from 'node:path'
import { signIn, TINY_JPEG } from '../../support/gateway'
import type { System } from '../../support/system'
import { tcbRaw } from '../../support/tcb'
import { startWithFixtures } from './fixtures'

let system: System
beforeAll(async () => {
  system = await startWithFixtures()
})
afterAll(() => system.stop())

const files = (event: object) =>
  system.invoke<Record<string, unknown> & Array<Record<string, unknown>>>('files', event, 'oFiles')
const send = (fn: string, event: object) =>
  system.invoke<{ errCode: number; errMsg?: string }>(fn, event, 'oSender')
const MSG = {
  touser: 'oUser',
  templateId: 'TPL_REPORT_STATUS',
  page: 'pages/home/index',
  data: {
    thing1: { value: '楼道灯坏了' },
    phrase2: { value: '已受理' },
    time3: { value: '2026年11月23日 08:05' },
    thing4: { value: '网格员已接单' },
  },
}

test('a function uploads a file, gets a temp URL, downloads it and deletes it', async () => {
  const { fileID } = await files({
    op: 'upload',
    path: 'fn/report.jpg',
    base64: TINY_JPEG.toString('base64'),
  })
  expect(String(fileID)).toMatch(/^cloud:\/\/.+\/fn\/report\.jpg$/)
  const [url] = await files({ op: 'url', ids: [fileID] })
  expect(
    Buffer.from(await (await fetch(String(url.tempFileURL))).arrayBuffer()).equals(TINY_JPEG),
  ).toBe(true)
  expect((await files({ op: 'download', id: fileID })).base64).toBe(TINY_JPEG.toString('base64'))
  const [deleted] = await files({ op: 'delete', ids: [fileID] })
  expect(deleted).toMatchObject({ fileID })
  expect(deleted.code ?? 'SUCCESS').toBe('SUCCESS')
  const [gone] = await files({ op: 'url', ids: [fileID] })
  expect(gone.tempFileURL).toBeFalsy()
})

test('storage refuses a forbidden type and a path that escapes', async () => {
  expect((await files({ op: 'upload', path: 'fn/run.sh', base64: 'eA==' })).error).toBeTruthy()
  expect((await files({ op: 'upload', path: '../outside.jpg', base64: 'eA==' })).error).toBeTruthy()
})

test('storage refuses a file over 10 MB and keeps nothing of it', async () => {
  const r = await files({ op: 'upload', path: 'fn/big.jpg', size: 10 * 1024 * 1024 + 1 })
  expect(r.error).toBeTruthy()
  expect(fs.existsSync(path.join(system.dataDir, 'files', 'fn', 'big.jpg'))).toBe(false)
  const ok = await files({ op: 'upload', path: 'fn/edge.jpg', size: 10 * 1024 * 1024 })
  expect(ok.fileID).toBeTruthy()
})

test('an upload URL is signed with its owner: changing the owner is refused', async () => {
  const meta = await tcbRaw(system, { action: 'storage.getUploadMetadata', path: 'fn/owned.jpg' })
  const url = (meta.body.data as { url: string }).url
  const forged = new URL(url)
  forged.searchParams.set('owner', 'oVictim')
  const r = await fetch(forged, { method: 'PUT', body: TINY_JPEG })
  expect(r.status).toBe(403)
  expect(await r.text()).toContain('SignatureDoesNotMatch')
  expect((await fetch(url, { method: 'PUT', body: TINY_JPEG })).status).toBe(200)
})

test('the grant hook refuses an unknown template or a missing openid', async () => {
  await expect(system.admin('grant', { openid: 'oUser', templateId: 'TPL_NOPE' })).rejects.toThrow(
    /400/,
  )
  await expect(system.admin('grant', { templateId: 'TPL_REPORT_STATUS' })).rejects.toThrow(/400/)
})

test.each([
  ['an unknown template', { ...MSG, templateId: 'TPL_NOPE' }, 40037],
  [
    'a thing over 20 characters',
    { ...MSG, data: { ...MSG.data, thing1: { value: '楼'.repeat(21) } } },
    47003,
  ],
  [
    'a phrase that is not ≤ 5 Chinese characters',
    { ...MSG, data: { ...MSG.data, phrase2: { value: 'accepted' } } },
    47003,
  ],
  ['a missing field', { ...MSG, data: { thing1: MSG.data.thing1 } }, 47003],
  ['a user without a grant', MSG, 43101],
])('subscribeMessage.send with %s fails with WeChat’s code', async (_name, msg, code) => {
  expect((await send('sender', msg)).errCode).toBe(code)
})

test('a function without the openapi permission in config.json is refused', async () => {
  await system.admin('grant', { openid: 'oUser', templateId: 'TPL_REPORT_STATUS' })
  expect((await send('nosender', MSG)).errCode).toBe(-604101)
  // The refused call did not use the grant: a permitted send still can.
  expect((await send('sender', MSG)).errCode).toBe(0)
})

test('one grant, one send: the second send fails with 43101', async () => {
  await system.admin('grant', { openid: 'oUser', templateId: 'TPL_REPORT_STATUS' })
  expect((await send('sender', MSG)).errCode).toBe(0)
  expect((await send('sender', MSG)).errCode).toBe(43101)
})

test('a delivered message reaches the user’s event stream at once', async () => {
  const me = await signIn(system, 'oUser')
  const ac = new AbortController()
  const res = await fetch(`${system.url}/api/events?token=${me.token}`, { signal: ac.signal })
  const reader = res.body!.getReader()
  const events: string[] = []
  const reading = (async () => {
    const dec = new TextDecoder()
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return
      events.push(dec.decode(value))
      if (events.join('').includes('event: subscribe_message')) return
    }
  })()
  await new Promise((r) => setTimeout(r, 100))
  await system.admin('grant', { openid: 'oUser', templateId: 'TPL_REPORT_STATUS' })
  const sentAt = Date.now()
  expect((await send('sender', MSG)).errCode).toBe(0)
  await reading
  const ms = Date.now() - sentAt
  ac.abort()
  const text = events.join('')
  expect(text).toContain('event: ready')
  expect(text).toContain('"templateId":"TPL_REPORT_STATUS"')
  expect(text).toContain('楼道灯坏了')
  expect(ms).toBeLessThan(2000)
})

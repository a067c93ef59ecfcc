import { postJson } from '../support/http-api'
import { deskLoginSides } from '../support/desk-login'
import { startSystem, type System } from '../support/system'

/**
 * 扫码登录街道工作台 end to end: the desk through CloudBase's HTTP API (anonymous, then the custom
 * login its ticket gives), the phone as a mini-program user, the auth function on the real
 * wx-server-sdk (wxacode.getUnlimited) and node-sdk (createTicket with the environment's key).
 */
let system: System
let sides: ReturnType<typeof deskLoginSides>
beforeAll(async () => {
  system = await startSystem()
  sides = deskLoginSides(system)
})
afterAll(() => system.stop())
afterEach(() => system.admin('clock', { now: null }))

const OFFICE = 'demo-office-1'
const confirm = (openid: string, id: string, yes = true) =>
  sides.phone<{ state: string }>(openid, 'auth.confirmDesk', { id, confirm: yes })
const scan = (openid: string, scene: string) => sides.phone(openid, 'auth.deskScan', { scene })
const signIn = (ticket: unknown) =>
  postJson(system, '/auth/v1/signin/custom', { provider_id: 'custom', ticket })

/** A desk signed in as `openid` through the whole flow: its login key and access token. */
async function signedInDesk(openid = OFFICE) {
  const login = await sides.start()
  expect((await confirm(openid, login.id)).ok).toBe(true)
  const r = await sides.poll(login)
  expect(r.data).toMatchObject({ state: 'redeemed' })
  const tokens = await signIn(r.data.ticket)
  expect(tokens.status).toBe(200)
  return { login, tokens: tokens.body }
}

test('the desk shows a code, the office confirms on the phone, the desk signs in as them once', async () => {
  const login = await sides.start()
  expect(login.scene).toBe(login.id)
  // What WeChat answers wxacode.getUnlimited: an image (the emulator's is a PNG).
  const png = Buffer.from(login.qr.replace(/^data:image\/png;base64,/, ''), 'base64')
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  expect(png.length).toBeGreaterThan(200)
  expect((await sides.poll(login)).data).toEqual({ state: 'pending' })

  const seen = await scan(OFFICE, login.scene)
  expect(seen).toMatchObject({ ok: true, data: { state: 'pending', device: 'Chrome · Windows' } })
  expect((seen.data as { ip: string }).ip).not.toBe('')
  expect((await confirm(OFFICE, login.id)).data).toEqual({ state: 'confirmed' })

  const r = await sides.poll(login)
  expect(r.data.state).toBe('redeemed')
  const tokens = await signIn(r.data.ticket)
  expect(tokens.status).toBe(200)
  const me = await postJson(
    system,
    '/v1/functions/user',
    { action: 'user.whoami', payload: {} },
    String(tokens.body.access_token),
  )
  expect(me.body).toMatchObject({ ok: true, data: { openid: OFFICE, role: 'office' } })

  // Redeemed once: a second poll gets no ticket, and the ticket itself signs in once.
  const again = await sides.poll(login)
  expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  expect(again.error?.message).toContain('不能再次使用')
  expect((await signIn(r.data.ticket)).status).toBe(401)
  expect((await confirm(OFFICE, login.id)).error?.code).toBe('CONFLICT')
})

test('only office staff may sign in to the desk: others are refused and nothing changes', async () => {
  const login = await sides.start()
  for (const who of ['demo-resident-1', 'demo-grid-1', 'demo-property-1']) {
    const scanned = await scan(who, login.scene)
    expect(scanned).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const r = await confirm(who, login.id)
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(r.error?.message).toContain('只有街道工作人员可以登录街道工作台')
  }
  expect((await sides.poll(login)).data).toEqual({ state: 'pending' })
  expect((await scan(OFFICE, login.scene)).data).toMatchObject({ state: 'pending' })
  // Nobody at all (no OPENID) cannot confirm either.
  expect((await sides.desk('auth.confirmDesk', { id: login.id, confirm: true })).error?.code).toBe(
    'UNAUTHENTICATED',
  )
})

test('after 2 minutes the code has expired: no confirmation, no ticket', async () => {
  const t0 = Date.now()
  await system.admin('clock', { now: t0 })
  const login = await sides.start()
  await system.admin('clock', { now: t0 + 2 * 60_000 + 1000 })
  const r = await confirm(OFFICE, login.id)
  expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  expect(r.error?.message).toContain('已过期')
  expect((await sides.poll(login)).data).toEqual({ state: 'expired' })
  expect((await scan(OFFICE, login.scene)).data).toMatchObject({ state: 'expired' })

  // Confirmed in time but never collected within 2 minutes: expired too.
  const late = await sides.start()
  expect((await confirm(OFFICE, late.id)).ok).toBe(true)
  await system.admin('clock', { now: t0 + 5 * 60_000 })
  expect((await sides.poll(late)).data).toEqual({ state: 'expired' })
})

test("another browser's secret is refused; the desk that holds it still signs in", async () => {
  const login = await sides.start()
  const other = await sides.start()
  expect((await confirm(OFFICE, login.id)).ok).toBe(true)
  const stolen = await sides.poll({ id: login.id, secret: other.secret })
  expect(stolen).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(stolen.error?.message).toContain('不是在本浏览器上生成的')
  expect((await sides.session({ id: login.id, secret: other.secret })).error?.code).toBe(
    'FORBIDDEN',
  )
  const r = await sides.poll(login)
  expect(r.data.state).toBe('redeemed')
  expect((await signIn(r.data.ticket)).status).toBe(200)
})

test('a refused code stays refused; a code is answered once', async () => {
  const login = await sides.start()
  expect((await confirm(OFFICE, login.id, false)).data).toEqual({ state: 'refused' })
  expect((await sides.poll(login)).data).toEqual({ state: 'refused' })
  expect((await confirm(OFFICE, login.id)).error?.code).toBe('CONFLICT')
  expect((await sides.poll(login)).data).toEqual({ state: 'refused' })
})

test('concurrent answers and polls: confirmed once, redeemed once', async () => {
  const login = await sides.start()
  const answers = await Promise.all([1, 2, 3].map(() => confirm(OFFICE, login.id)))
  expect(answers.filter((a) => a.ok)).toHaveLength(1)
  const polls = await Promise.all([1, 2, 3].map(() => sides.poll(login)))
  expect(polls.filter((p) => p.ok && p.data.ticket)).toHaveLength(1)
})

test('signing in at a second desk ends the first (已在其他地方登录); 退出登录 ends a session', async () => {
  const first = await signedInDesk()
  expect((await sides.session(first.login)).data).toEqual({ state: 'redeemed' })
  const second = await signedInDesk()
  expect((await sides.session(first.login)).data).toEqual({ state: 'superseded' })
  expect((await sides.session(second.login)).data).toEqual({ state: 'redeemed' })

  const out = await sides.desk<{ state: string }>('auth.deskSignOut', second.login)
  expect(out.data).toEqual({ state: 'signedOut' })
  expect((await sides.session(second.login)).data).toEqual({ state: 'signedOut' })
  // The desk revokes its refresh token on the way out (the H5 client does): it stops working.
  await postJson(system, '/auth/v1/revoke', { token: second.tokens.refresh_token })
  const renewed = await postJson(system, '/auth/v1/token', {
    grant_type: 'refresh_token',
    refresh_token: second.tokens.refresh_token,
  })
  expect(renewed.status).toBe(401)
})

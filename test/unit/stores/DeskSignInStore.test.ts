import { AppError } from '@shared/errors'
import type { DeskKey, WebAuth } from '@/services/cloud/types'
import { DESK_POLL_MS, DeskSignInStore, deviceName } from '@/stores/DeskSignInStore'
import { DESK_CHECK_MS, SessionStore, SIGNED_IN_ELSEWHERE } from '@/stores/SessionStore'
import { FakeCloud } from '../../support/fake-cloud'

/** The H5 web session, in memory: what http-auth.ts keeps in localStorage. */
function fakeWebAuth() {
  let session: { ticket: string; desk?: DeskKey } | null = null
  const ended: Array<(m: string) => void> = []
  const auth: WebAuth & { signedOut: number; end(m: string): void } = {
    signedOut: 0,
    isSignedIn: () => session !== null,
    signInWithTicket: async (ticket, desk) => void (session = { ticket, desk }),
    deskKey: () => session?.desk ?? null,
    signOut: async () => {
      session = null
      auth.signedOut++
    },
    onSessionEnded: (fn) => void ended.push(fn),
    end: (m) => ended.forEach((fn) => fn(m)),
  }
  return auth
}

const me = { openid: 'o_off', role: 'office', name: '陈主任', registered: true, address: null }
const started = {
  id: 'a'.repeat(24),
  secret: 'b'.repeat(48),
  scene: 'a'.repeat(24),
  qr: 'data:image/png;base64,AA',
  expiresAt: '',
}

function setUp() {
  const web = fakeWebAuth()
  const cloud = new FakeCloud().on('user.whoami', () => me).on('auth.deskStart', () => started)
  cloud.webAuth = web
  const session = new SessionStore(cloud)
  const desk = new DeskSignInStore(cloud, session, 'Chrome · Windows')
  return { web, cloud, session, desk }
}

beforeEach(() => jest.useFakeTimers())
afterEach(() => jest.useRealTimers())

test('the desk shows its code, polls until confirmed, then signs in with the ticket and its key', async () => {
  const { web, cloud, session, desk } = setUp()
  let answer: object = { state: 'pending' }
  cloud.on('auth.deskPoll', () => answer)
  await session.load()
  expect(session.status).toBe('signedOut')
  await desk.refresh()
  expect(desk.status).toBe('pending')
  expect(desk.secondsLeft).toBe(120)
  expect(cloud.calls.find((c) => c.action === 'auth.deskStart')?.payload).toEqual({
    device: 'Chrome · Windows',
  })
  await jest.advanceTimersByTimeAsync(DESK_POLL_MS)
  expect(desk.status).toBe('pending')
  answer = { state: 'redeemed', ticket: 'T1' }
  await jest.advanceTimersByTimeAsync(DESK_POLL_MS)
  expect(session.status).toBe('ready')
  expect(web.deskKey()).toEqual({ id: started.id, secret: started.secret })
  const polls = cloud.calls.filter((c) => c.action === 'auth.deskPoll')
  expect(polls.every((p) => (p.payload as DeskKey).secret === started.secret)).toBe(true)
  await jest.advanceTimersByTimeAsync(DESK_POLL_MS * 3)
  expect(cloud.calls.filter((c) => c.action === 'auth.deskPoll')).toHaveLength(polls.length)
  desk.stop()
})

test('refused and expired codes stop polling and say so; a refusal error is shown', async () => {
  const { cloud, desk } = setUp()
  cloud.on('auth.deskPoll', () => ({ state: 'refused' }))
  await desk.refresh()
  await jest.advanceTimersByTimeAsync(DESK_POLL_MS)
  expect([desk.status, desk.message]).toEqual(['refused', '已在手机上取消登录'])
  cloud.on('auth.deskPoll', () => ({ state: 'expired' }))
  await desk.refresh()
  await jest.advanceTimersByTimeAsync(DESK_POLL_MS)
  expect([desk.status, desk.message]).toEqual(['expired', '二维码已失效'])
  cloud.on('auth.deskPoll', () => {
    throw new AppError('CONFLICT', '这个二维码已经登录过')
  })
  await desk.refresh()
  await jest.advanceTimersByTimeAsync(DESK_POLL_MS)
  expect([desk.status, desk.message]).toEqual(['error', '这个二维码已经登录过'])
})

test('a desk superseded by another sign-in signs out and says 已在其他地方登录', async () => {
  const { web, cloud, session } = setUp()
  let state = 'redeemed'
  cloud.on('auth.deskSession', () => ({ state }))
  await session.signInWithTicket('T1', { id: started.id, secret: started.secret })
  expect(session.status).toBe('ready')
  await jest.advanceTimersByTimeAsync(DESK_CHECK_MS)
  expect(session.status).toBe('ready')
  state = 'superseded'
  await jest.advanceTimersByTimeAsync(DESK_CHECK_MS)
  expect(session.status).toBe('signedOut')
  expect(session.signedOutReason).toBe(SIGNED_IN_ELSEWHERE)
  expect(web.signedOut).toBe(1)
})

test('退出登录 ends the scan login on the server, then revokes; an expired session says so', async () => {
  const { web, cloud, session } = setUp()
  cloud.on('auth.deskSignOut', () => ({ state: 'signedOut' }))
  await session.signInWithTicket('T1', { id: started.id, secret: started.secret })
  await session.signOut()
  expect(cloud.calls.find((c) => c.action === 'auth.deskSignOut')?.payload).toMatchObject({
    id: started.id,
  })
  expect([session.status, session.signedOutReason, web.signedOut]).toEqual([
    'signedOut',
    '已退出登录',
    1,
  ])
  await session.signInWithTicket('T2', { id: started.id, secret: started.secret })
  web.end('登录已过期，请重新扫码登录')
  expect([session.status, session.signedOutReason]).toEqual([
    'signedOut',
    '登录已过期，请重新扫码登录',
  ])
})

test('deviceName reads the browser and system from the user agent', () => {
  const chrome =
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
  expect(deviceName(chrome)).toBe('Chrome · Windows')
  expect(deviceName(`${chrome} Edg/131.0`)).toBe('Edge · Windows')
  expect(deviceName('curl/8')).toBe('浏览器')
})

import { AppError } from '@shared/errors'
import { transportError } from './envelope'

/**
 * The H5 build's session with CloudBase's HTTP API: where it is (an env id or a base URL), the
 * tokens of the custom login (access 2 h, refresh 30 d), refreshed before the access token runs
 * out and once more when the server says it expired (its clock is the one that counts).
 *
 * Base URL: TARO_APP_GATEWAY when set (e.g. a local emulator elsewhere), else
 * `https://<TARO_APP_CLOUD_ENV>.api.tcloudbasegateway.com`, else this page's own origin (the
 * emulator serves the H5 build itself in `npm start`).
 */
const ENV = process.env.TARO_APP_CLOUD_ENV || ''
export const BASE = (
  process.env.TARO_APP_GATEWAY || (ENV ? `https://${ENV}.api.tcloudbasegateway.com` : '')
).replace(/\/$/, '')

/** True unless this build talks to CloudBase itself: the demo ticket issuer exists only locally. */
export const ON_EMULATOR = !/\.tcloudbasegateway\.com$/.test(BASE)

const KEY = 'xb.auth'
/** Refresh this long before the access token's end, so a call never races its expiry. */
const EARLY_MS = 5 * 60_000

interface Tokens {
  access_token: string
  refresh_token: string
  /** Client-clock epoch ms when the access token ends. */
  expiresAt: number
  anonymous: boolean
  /** The scan login this session came from (扫码登录), kept to check and end it. */
  desk?: { id: string; secret: string }
}

interface TokenAnswer {
  access_token: string
  refresh_token: string
  expires_in: number
}

function load(): Tokens | null {
  try {
    const raw = localStorage.getItem(KEY)
    return raw ? (JSON.parse(raw) as Tokens) : null
  } catch {
    return null
  }
}

function save(answer: TokenAnswer, anonymous: boolean, desk?: Tokens['desk']): Tokens {
  const t: Tokens = {
    access_token: answer.access_token,
    refresh_token: answer.refresh_token,
    expiresAt: Date.now() + answer.expires_in * 1000,
    anonymous,
    ...(desk ? { desk } : {}),
  }
  localStorage.setItem(KEY, JSON.stringify(t))
  return t
}

export function clearSession(): void {
  localStorage.removeItem(KEY)
}

/** Signed in as a person (not the anonymous public session). */
export function hasUserSession(): boolean {
  const t = load()
  return t !== null && !t.anonymous
}

/** POSTs JSON to the HTTP API; the parsed answer, or an AppError saying what went wrong. */
export async function post(path: string, body: unknown, token?: string): Promise<unknown> {
  let res: Response
  try {
    res = await fetch(`${BASE}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body ?? {}),
    })
  } catch (err) {
    throw transportError(err)
  }
  const json = (await res.json().catch(() => null)) as Record<string, unknown> | null
  if (res.status === 401) {
    const why = json?.error_description ?? json?.message
    throw new AppError('UNAUTHENTICATED', typeof why === 'string' ? why : undefined)
  }
  if (!res.ok) {
    const why = json?.error_description ?? json?.message ?? json?.errMsg
    throw new AppError(
      res.status >= 500 ? 'INTERNAL' : 'INVALID_INPUT',
      typeof why === 'string' ? why : undefined,
    )
  }
  return json
}

/** Signs in with a custom-login ticket (from the desk's scan, or the emulator's demo issuer). */
export async function signInWithTicket(ticket: string, desk?: Tokens['desk']): Promise<void> {
  const answer = await post('/auth/v1/signin/custom', { provider_id: 'custom', ticket })
  save(answer as TokenAnswer, false, desk)
}

/** The scan login of the current session, if it came from one. */
export function deskKey(): NonNullable<Tokens['desk']> | null {
  const t = load()
  return t && !t.anonymous && t.desk ? t.desk : null
}

const ended: Array<(message: string) => void> = []

/** Listens for the server ending the session (its refresh token refused). */
export function onSessionEnded(listener: (message: string) => void): void {
  ended.push(listener)
}

/** Signs out: the refresh token is revoked, so this browser cannot come back without a scan. */
export async function signOut(): Promise<void> {
  const t = load()
  clearSession()
  if (t && !t.anonymous) await post('/auth/v1/revoke', { token: t.refresh_token }).catch(() => {})
}

let refreshing: Promise<Tokens> | null = null

async function refresh(t: Tokens): Promise<Tokens> {
  refreshing ??= post('/auth/v1/token', {
    grant_type: 'refresh_token',
    refresh_token: t.refresh_token,
  })
    .then((a) => save(a as TokenAnswer, t.anonymous, t.desk))
    .catch((err) => {
      // A refused refresh token (expired, signed out elsewhere) ends the session, and the app
      // goes back to its sign-in screen saying so.
      if (err instanceof AppError && err.code === 'UNAUTHENTICATED') {
        clearSession()
        if (!t.anonymous) for (const fn of ended) fn('登录已过期，请重新扫码登录')
      }
      throw err
    })
    .finally(() => (refreshing = null))
  return refreshing
}

/**
 * A usable access token: the stored one, refreshed when near its end (or `force`d after a 401);
 * with no session, an anonymous one for the public pages (verify) — `anyone` actions only.
 */
export async function accessToken(force = false): Promise<string> {
  let t = load()
  if (!t) {
    const answer = await post('/auth/v1/signin/anonymously', {})
    t = save(answer as TokenAnswer, true)
  } else if (force || t.expiresAt - Date.now() < EARLY_MS) {
    t = await refresh(t)
  }
  return t.access_token
}

/** The stored access token without any network (the event stream's query parameter). */
export function currentAccessToken(): string {
  const t = load()
  return t && !t.anonymous ? t.access_token : ''
}

/** POSTs with the access token; one refresh-and-retry when the server says it expired. */
export async function authedPost(path: string, body: unknown): Promise<unknown> {
  try {
    return await post(path, body, await accessToken())
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'UNAUTHENTICATED' || !load()) throw err
    return post(path, body, await accessToken(true))
  }
}

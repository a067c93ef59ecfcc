import type { DeskLoginKey, DeskLoginState } from '@shared/contracts/auth'
import { anonToken, postJson } from './http-api'
import type { System } from './system'

type Envelope<T> = {
  ok: boolean
  data: T
  error?: { code: string; message: string }
}

/**
 * Both sides of 扫码登录 for tests: the desk (an anonymous web session of the HTTP API, as the H5
 * build before sign-in) and the phone (a mini-program user: the function sees their OPENID).
 */
export function deskLoginSides(system: System) {
  let anon = ''
  async function desk<T>(action: string, payload: object): Promise<Envelope<T>> {
    anon ||= await anonToken(system)
    const r = await postJson(system, '/v1/functions/auth', { action, payload }, anon)
    return r.body as unknown as Envelope<T>
  }
  return {
    desk,
    /** A new login: its id, secret, scene and code image. */
    async start(device = 'Chrome · Windows') {
      const r = await desk<DeskLoginKey & { scene: string; qr: string; expiresAt: string }>(
        'auth.deskStart',
        { device },
      )
      if (!r.ok) throw new Error(`deskStart: ${JSON.stringify(r.error)}`)
      return r.data
    },
    poll: (key: DeskLoginKey) =>
      desk<{ state: DeskLoginState; ticket?: string }>('auth.deskPoll', key),
    session: (key: DeskLoginKey) => desk<{ state: DeskLoginState }>('auth.deskSession', key),
    /** The phone: `auth.<verb>` as the mini-program user `openid`. */
    phone: <T>(openid: string, action: string, payload: object) =>
      system.invoke<Envelope<T>>('auth', { action, payload }, openid),
  }
}

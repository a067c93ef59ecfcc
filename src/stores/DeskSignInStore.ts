import { makeAutoObservable, runInAction } from 'mobx'
import { DESK_LOGIN_TTL_MS, type DeskLoginKey } from '@shared/contracts/auth'
import { AppError } from '@shared/errors'
import type { CloudClient } from '@/services/cloud/types'
import type { SessionStore } from './SessionStore'

export type DeskSignInStatus = 'loading' | 'pending' | 'expired' | 'refused' | 'signingIn' | 'error'

/** How often the desk asks whether its code was confirmed on a phone. */
export const DESK_POLL_MS = 2_000

/** The desk's browser and system, for the phone to show ('Chrome · Windows'). */
export function deviceName(ua: string): string {
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Chrome\//.test(ua)
      ? 'Chrome'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Safari\//.test(ua)
          ? 'Safari'
          : '浏览器'
  const os = /Windows/.test(ua)
    ? 'Windows'
    : /Mac OS X/.test(ua)
      ? 'macOS'
      : /Android/.test(ua)
        ? 'Android'
        : /iPhone|iPad/.test(ua)
          ? 'iOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : ''
  return os ? `${browser} · ${os}` : browser
}

/**
 * 扫码登录 at the desk: asks for a code, counts down its 2 minutes, polls until a phone confirms,
 * then signs in with the one-time ticket. The login's secret stays in this store (and, once
 * signed in, with the session), so only this browser can collect the login.
 */
export class DeskSignInStore {
  status: DeskSignInStatus = 'loading'
  qr = ''
  scene = ''
  message = ''
  /** Client-clock end of the code, and the clock the countdown reads. */
  expiresAt = 0
  now = Date.now()
  private key: DeskLoginKey | null = null
  private pollTimer: ReturnType<typeof setTimeout> | null = null
  private tick: ReturnType<typeof setInterval> | null = null

  constructor(
    private readonly cloud: CloudClient,
    private readonly session: SessionStore,
    private readonly device: string,
  ) {
    makeAutoObservable<DeskSignInStore, 'cloud' | 'session' | 'key' | 'pollTimer' | 'tick'>(this, {
      cloud: false,
      session: false,
      key: false,
      pollTimer: false,
      tick: false,
    })
  }

  get secondsLeft(): number {
    return Math.max(0, Math.ceil((this.expiresAt - this.now) / 1000))
  }

  /** A new code (刷新二维码). */
  async refresh(): Promise<void> {
    this.stop()
    this.status = 'loading'
    this.message = ''
    try {
      const r = await this.cloud.call('auth.deskStart', { device: this.device })
      runInAction(() => {
        this.key = { id: r.id, secret: r.secret }
        this.qr = r.qr
        this.scene = r.scene
        this.now = Date.now()
        this.expiresAt = this.now + DESK_LOGIN_TTL_MS
        this.status = 'pending'
      })
      this.tick = setInterval(() => runInAction(() => (this.now = Date.now())), 1000)
      this.schedule()
    } catch (err) {
      this.fail(err)
    }
  }

  stop(): void {
    if (this.pollTimer) clearTimeout(this.pollTimer)
    if (this.tick) clearInterval(this.tick)
    this.pollTimer = this.tick = null
  }

  private schedule(): void {
    this.pollTimer = setTimeout(() => void this.poll(), DESK_POLL_MS)
  }

  async poll(): Promise<void> {
    const key = this.key
    if (!key || this.status !== 'pending') return
    try {
      const r = await this.cloud.call('auth.deskPoll', key)
      if (r.state === 'pending') return this.schedule()
      this.stop()
      if (r.state === 'redeemed' && r.ticket) {
        runInAction(() => (this.status = 'signingIn'))
        await this.session.signInWithTicket(r.ticket, key)
      } else
        runInAction(() => {
          this.status = r.state === 'refused' ? 'refused' : 'expired'
          this.message = r.state === 'refused' ? '已在手机上取消登录' : '二维码已失效'
        })
    } catch (err) {
      // A dropped connection: keep waiting while the code is good; any refusal ends it.
      if (err instanceof AppError && err.code === 'NETWORK' && this.secondsLeft > 0)
        return this.schedule()
      this.stop()
      this.fail(err)
    }
  }

  private fail(err: unknown): void {
    runInAction(() => {
      this.status = 'error'
      this.message = err instanceof Error ? err.message : String(err)
    })
  }
}

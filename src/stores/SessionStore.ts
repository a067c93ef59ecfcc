import { makeAutoObservable, runInAction } from 'mobx'
import { AppError } from '@shared/errors'
import type { BoundAddress } from '@shared/contracts/user'
import type { AddressBinding } from '@shared/grid/model'
import type { Role } from '@shared/roles'
import type { CloudClient, DemoIdentity } from '@/services/cloud/types'

export type SessionStatus = 'idle' | 'loading' | 'ready' | 'signedOut' | 'error'

/** How often a desk signed in by a scan asks whether its session still stands. */
export const DESK_CHECK_MS = 10_000
export const SIGNED_IN_ELSEWHERE =
  '已在其他地方登录：你的账号刚在另一台电脑上扫码登录了街道工作台，这里已退出。如需在这里继续，请重新扫码登录。'

/** Who am I and what may I do: the role always comes from the server (`user.whoami`). */
export class SessionStore {
  status: SessionStatus = 'idle'
  openid = ''
  role: Role = 'resident'
  name = ''
  registered = false
  address: BoundAddress | null = null
  /** The caller's street (the 首页 title); '' for none or the district. */
  streetName = ''
  errorMessage = ''
  identities: DemoIdentity[] = []
  /** Why the sign-in screen shows (登录已过期, 已在其他地方登录, 已退出登录); '' at first. */
  signedOutReason = ''
  private deskCheck: ReturnType<typeof setInterval> | null = null

  constructor(private readonly cloud: CloudClient) {
    makeAutoObservable<SessionStore, 'cloud' | 'deskCheck'>(this, {
      cloud: false,
      deskCheck: false,
    })
    cloud.webAuth?.onSessionEnded((message) => this.ended(message))
  }

  /** The H5 sign-in: the web session (scan or demo picker); weapp signs in by itself. */
  private signedIn(): boolean {
    const web = this.cloud.webAuth ?? this.cloud.localAuth
    return web ? web.isSignedIn() : true
  }

  /** The server or another desk ended this session: back to the sign-in screen, saying why. */
  ended(reason: string): void {
    this.stopDeskCheck()
    this.status = 'signedOut'
    this.signedOutReason = reason
    this.openid = ''
    this.role = 'resident'
    this.name = ''
    this.streetName = ''
    void this.loadIdentities()
  }

  /** A desk signed in by a scan: superseded (signed in elsewhere) or signed out → sign-in screen. */
  async checkDesk(): Promise<void> {
    const web = this.cloud.webAuth
    const key = web?.deskKey()
    if (!web || !key) return
    try {
      const { state } = await this.cloud.call('auth.deskSession', key)
      if (state === 'redeemed') return
      await web.signOut()
      this.ended(state === 'superseded' ? SIGNED_IN_ELSEWHERE : '已退出登录')
    } catch {
      // Offline or a refused token: the next check, or the token refresh, says so.
    }
  }

  private watchDesk(): void {
    this.stopDeskCheck()
    if (this.cloud.webAuth?.deskKey())
      this.deskCheck = setInterval(() => void this.checkDesk(), DESK_CHECK_MS)
  }

  private stopDeskCheck(): void {
    if (this.deskCheck) clearInterval(this.deskCheck)
    this.deskCheck = null
  }

  /** True where the app runs against the emulator's local sign-in (the H5 demo). */
  get needsLocalSignIn(): boolean {
    return this.cloud.localAuth !== undefined
  }

  /** H5 has a session to end (退出登录); WeChat's own sign-in in the mini-program has none. */
  get canSignOut(): boolean {
    return this.cloud.webAuth !== undefined || this.cloud.localAuth !== undefined
  }

  get isStaff(): boolean {
    return this.role !== 'resident'
  }

  async load(): Promise<void> {
    if (!this.signedIn()) {
      this.status = 'signedOut'
      await this.loadIdentities()
      return
    }
    this.status = 'loading'
    try {
      const me = await this.cloud.call('user.whoami', {})
      runInAction(() => {
        this.openid = me.openid
        this.role = me.role
        this.name = me.name
        this.registered = me.registered
        this.address = me.address ?? null
        this.streetName = me.streetName ?? ''
        this.status = 'ready'
        this.signedOutReason = ''
      })
      this.watchDesk()
    } catch (err) {
      const expired = err instanceof AppError && err.code === 'UNAUTHENTICATED'
      runInAction(() => {
        this.status = expired ? 'signedOut' : 'error'
        this.errorMessage = err instanceof Error ? err.message : String(err)
      })
      // An expired local session: offer the demo identities again.
      if (expired) await this.loadIdentities()
    }
  }

  async loadIdentities(): Promise<void> {
    const auth = this.cloud.localAuth
    if (!auth) return
    try {
      const list = await auth.listIdentities()
      runInAction(() => (this.identities = list))
    } catch (err) {
      runInAction(() => (this.errorMessage = err instanceof Error ? err.message : String(err)))
    }
  }

  /** The desk's scan redeemed: sign in with its one-time ticket. */
  async signInWithTicket(ticket: string, desk: { id: string; secret: string }): Promise<void> {
    await this.cloud.webAuth?.signInWithTicket(ticket, desk)
    await this.load()
  }

  async signInAs(openid: string): Promise<void> {
    await this.cloud.localAuth?.signIn(openid)
    await this.load()
  }

  /** Binds my home (checked by the caller with checkBinding), then reloads who I am. */
  async bindAddress(binding: AddressBinding): Promise<void> {
    await this.cloud.call('user.bindAddress', binding)
    await this.load()
  }

  /** Redeems a staff invitation; I come back with the new role. */
  async redeemInvite(code: string): Promise<Role> {
    const r = await this.cloud.call('user.redeemInvite', { code })
    await this.load()
    return r.role
  }

  /** 退出登录: the desk's scan login ends and the refresh token is revoked (H5). */
  async signOut(): Promise<void> {
    const web = this.cloud.webAuth
    const key = web?.deskKey()
    if (key) await this.cloud.call('auth.deskSignOut', key).catch(() => undefined)
    if (web) await web.signOut()
    else this.cloud.localAuth?.signOut()
    runInAction(() => this.ended('已退出登录'))
  }
}

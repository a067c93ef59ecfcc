import { makeAutoObservable, runInAction } from 'mobx'
import { AppError } from '@shared/errors'
import type { BoundAddress } from '@shared/contracts/user'
import type { AddressBinding } from '@shared/grid/model'
import type { Role } from '@shared/roles'
import type { CloudClient, DemoIdentity } from '@/services/cloud/types'

export type SessionStatus = 'idle' | 'loading' | 'ready' | 'signedOut' | 'error'

/** Who am I and what may I do: the role always comes from the server (`user.whoami`). */
export class SessionStore {
  status: SessionStatus = 'idle'
  openid = ''
  role: Role = 'resident'
  name = ''
  registered = false
  address: BoundAddress | null = null
  errorMessage = ''
  identities: DemoIdentity[] = []

  constructor(private readonly cloud: CloudClient) {
    makeAutoObservable<SessionStore, 'cloud'>(this, { cloud: false })
  }

  /** True where the app runs against the emulator's local sign-in (the H5 demo). */
  get needsLocalSignIn(): boolean {
    return this.cloud.localAuth !== undefined
  }

  get isStaff(): boolean {
    return this.role !== 'resident'
  }

  async load(): Promise<void> {
    const auth = this.cloud.localAuth
    if (auth && !auth.isSignedIn()) {
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
        this.status = 'ready'
      })
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

  async signOut(): Promise<void> {
    this.cloud.localAuth?.signOut()
    runInAction(() => {
      this.openid = ''
      this.role = 'resident'
      this.name = ''
    })
    await this.load()
  }
}

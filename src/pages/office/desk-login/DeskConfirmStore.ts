import { makeAutoObservable, runInAction } from 'mobx'
import type { DeskLoginView } from '@shared/contracts/auth'
import type { CloudClient } from '@/services/cloud/types'

/** The phone's side of 扫码登录: the login the scan names, and the one answer to it. */
export class DeskConfirmStore {
  login: DeskLoginView | null = null
  error = ''
  busy = false
  /** What the phone answered, once it did. */
  answered: 'confirmed' | 'refused' | null = null

  constructor(
    private readonly cloud: CloudClient,
    readonly scene: string,
  ) {
    makeAutoObservable<DeskConfirmStore, 'cloud'>(this, { cloud: false })
  }

  async load(): Promise<void> {
    this.error = ''
    if (!this.scene) {
      this.error = '没有读到登录码，请用微信扫一扫电脑上的二维码'
      return
    }
    try {
      const login = await this.cloud.call('auth.deskScan', { scene: this.scene })
      runInAction(() => (this.login = login))
    } catch (e) {
      runInAction(() => (this.error = (e as Error).message))
    }
  }

  async answer(confirm: boolean): Promise<void> {
    if (!this.login || this.busy) return
    this.busy = true
    this.error = ''
    try {
      const r = await this.cloud.call('auth.confirmDesk', { id: this.login.id, confirm })
      runInAction(() => (this.answered = r.state === 'confirmed' ? 'confirmed' : 'refused'))
    } catch (e) {
      runInAction(() => (this.error = (e as Error).message))
    } finally {
      runInAction(() => (this.busy = false))
    }
  }
}

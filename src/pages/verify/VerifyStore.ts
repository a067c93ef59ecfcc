import { makeAutoObservable, runInAction } from 'mobx'
import type { VerifyResult } from '@shared/contracts/certificate'
import type { CloudClient } from '@/services/cloud/types'

/** 证明验真: one lookup of a verification code at a time; the last answer or error is shown. */
export class VerifyStore {
  result: VerifyResult | null = null
  error = ''
  busy = false

  constructor(private readonly cloud: CloudClient) {
    makeAutoObservable<VerifyStore, 'cloud'>(this, { cloud: false })
  }

  async check(code: string, verifier: string): Promise<void> {
    this.busy = true
    this.error = ''
    try {
      const r = await this.cloud.call('certificate.verify', { code, verifier })
      runInAction(() => (this.result = r))
    } catch (e) {
      runInAction(() => {
        this.result = null
        this.error = (e as Error).message
      })
    } finally {
      runInAction(() => (this.busy = false))
    }
  }
}

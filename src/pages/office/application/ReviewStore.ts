import { makeAutoObservable, runInAction } from 'mobx'
import type { RejectReasonKey } from '@shared/certificates'
import type { ApplicationDetail } from '@shared/contracts/certificate'
import type { CloudClient } from '@/services/cloud/types'
import type { Cached } from '@/stores/Cached'

export type ReviewForm = 'reject' | 'requestMaterial' | 'revoke'

/** 审核: the reviewer's decisions on one application; each answer replaces the application shown. */
export class ReviewStore {
  busy = false
  error = ''

  constructor(
    private readonly cloud: CloudClient,
    private readonly detail: Cached<ApplicationDetail>,
  ) {
    makeAutoObservable<ReviewStore, 'cloud' | 'detail'>(this, { cloud: false, detail: false })
  }

  approve(a: ApplicationDetail): Promise<boolean> {
    return this.run(this.cloud.call('certificate.approve', { id: a.id, version: a.version }))
  }

  /** Sends the decision of an open form; true when the server took it. */
  decide(
    a: ApplicationDetail,
    form: ReviewForm,
    note: string,
    reasonKey: RejectReasonKey | '',
  ): Promise<boolean> {
    const base = { id: a.id, version: a.version }
    if (form === 'reject')
      return this.run(
        this.cloud.call('certificate.reject', {
          ...base,
          reasonKey: reasonKey as RejectReasonKey,
          note,
        }),
      )
    if (form === 'requestMaterial')
      return this.run(this.cloud.call('certificate.requestMaterial', { ...base, note }))
    return this.run(this.cloud.call('certificate.revoke', { ...base, note }))
  }

  private async run(p: Promise<{ application: ApplicationDetail }>): Promise<boolean> {
    this.busy = true
    this.error = ''
    try {
      const { application } = await p
      this.detail.set(application)
      return true
    } catch (e) {
      runInAction(() => (this.error = (e as Error).message))
      return false
    } finally {
      runInAction(() => (this.busy = false))
    }
  }
}

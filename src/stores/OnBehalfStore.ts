import { makeAutoObservable, runInAction } from 'mobx'
import type { ResidentAtAddress } from '@shared/contracts/user'
import { AppError } from '@shared/errors'
import { checkPersonName, isMobilePhone, normalizePhone, PHONE_MESSAGE } from '@shared/identity'
import type { OnBehalf } from '@shared/reports'
import type { CloudClient } from '@/services/cloud/types'

/** The form filed for someone (代报's report form, 代办's application form). */
export interface OnBehalfTarget {
  /** The address chosen in the form, where residents are looked up; null before one is. */
  readonly behalfAddress: { buildingId: string; unit?: string; room?: string } | null
  readonly onBehalf: OnBehalf | null
  setOnBehalf(b: OnBehalf | null): void
}

/**
 * 代报/代办's "for whom": a resident found by the address chosen in the form (user.residentsAt,
 * the server decides whose grid it may look into), or a person without the mini-program entered
 * by name and phone. What is chosen goes into the form as `onBehalf`; the server checks it again.
 */
export class OnBehalfStore {
  mode: 'account' | 'person' = 'account'
  found: ResidentAtAddress[] = []
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle'
  error = ''
  name = ''
  phone = ''
  personError = ''

  constructor(
    private readonly cloud: CloudClient,
    private readonly form: OnBehalfTarget,
  ) {
    makeAutoObservable<OnBehalfStore, 'cloud' | 'form'>(this, { cloud: false, form: false })
  }

  setMode(mode: 'account' | 'person'): void {
    this.mode = mode
    this.form.setOnBehalf(null)
  }

  /** Looks up the residents bound at the form's address (a building must be chosen). */
  async lookUp(): Promise<void> {
    const p = this.form.behalfAddress
    if (!p) {
      this.status = 'error'
      this.error = '请先在下方选择居民所在的楼栋'
      return
    }
    this.status = 'loading'
    try {
      const { items } = await this.cloud.call('user.residentsAt', {
        buildingId: p.buildingId,
        unit: p.unit,
        room: p.room,
      })
      runInAction(() => {
        this.found = items
        this.status = 'ready'
      })
    } catch (err) {
      runInAction(() => {
        this.status = 'error'
        this.error = err instanceof AppError ? err.message : '查找失败，请重试'
      })
    }
  }

  choose(r: ResidentAtAddress): void {
    this.form.setOnBehalf({ kind: 'account', openid: r.openid })
  }

  get chosen(): string {
    const b = this.form.onBehalf
    return b?.kind === 'account' ? b.openid : ''
  }

  setPerson(field: 'name' | 'phone', value: string): void {
    this[field] = value
    const name = checkPersonName(this.name)
    const phone = normalizePhone(this.phone)
    this.personError = !name.ok ? name.reason : isMobilePhone(phone) ? '' : PHONE_MESSAGE
    this.form.setOnBehalf(
      name.ok && !this.personError ? { kind: 'person', name: name.normalized, phone } : null,
    )
  }
}

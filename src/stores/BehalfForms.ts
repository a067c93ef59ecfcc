import { makeAutoObservable } from 'mobx'
import type { BoundAddress } from '@shared/contracts/user'
import type { OnBehalf } from '@shared/reports'
import type { OnBehalfTarget } from './OnBehalfStore'

/**
 * The forms' 代报/代办 part, beside OnBehalfStore (which looks residents up): what a staff
 * member's form for a resident holds beyond the resident's own form — the resident's home,
 * whom it is for, the rules only a filing for someone has, and where its draft is kept.
 */

/** 代办's address: the resident's home, picked in the form (a building, then unit and room). */
export type BehalfAddress = Pick<BoundAddress, 'communityId' | 'buildingId' | 'unit' | 'room'> & {
  label: string
}

/** 代报: the report form's place, when it is a building, is where residents are looked up. */
export function placeBehalfAddress(
  p: { kind: string; buildingId?: string; unit?: string; room?: string } | null,
) {
  return p?.kind === 'address' && p.buildingId
    ? { buildingId: p.buildingId, unit: p.unit, room: p.room }
    : null
}

/**
 * The draft of a filing for someone is the resident's, not the worker's: one per resident (an
 * account by openid, a person by phone), so an unsent one never reappears for the next resident;
 * none before a resident is chosen.
 */
export function behalfDraftKey(prefix: string, typeKey: string, who: OnBehalf | null): string {
  if (!who) return ''
  const resident = who.kind === 'account' ? who.openid : `p${who.phone}`
  return `${prefix}.behalf.${typeKey}.${resident}`
}

/** 代办 in the application form: the resident's home and whom (OnBehalfStore picks whom). */
export class BehalfApplication implements OnBehalfTarget {
  onBehalf: OnBehalf | null = null
  home: BehalfAddress | null = null

  /** `changed`: the form clears the field's error (and loads the resident's own draft). */
  constructor(private readonly changed: (field: 'onBehalf' | 'address') => void) {
    makeAutoObservable<BehalfApplication, 'changed'>(this, { changed: false })
  }

  /** OnBehalfTarget: residents are looked up at the picked home. */
  get behalfAddress() {
    const h = this.home
    return h && { buildingId: h.buildingId, unit: h.unit, room: h.room }
  }

  setOnBehalf(b: OnBehalf | null): void {
    this.onBehalf = b
    this.changed('onBehalf')
  }

  /** Another home forgets a resident chosen at the old one. */
  setHome(home: BehalfAddress | null): void {
    if (this.onBehalf?.kind === 'account') this.onBehalf = null
    this.home = home
    this.changed('address')
  }

  /** The rules of a filing for someone, per field; `name` is the applicant's name in the form. */
  errors(name: string | undefined): Record<string, string> {
    const errors: Record<string, string> = {}
    const h = this.home
    if (!h || !h.unit.trim() || !h.room.trim())
      errors.address = '请选择居民住的楼栋，并填写单元和房号（须与居民的住址一致）'
    if (!this.onBehalf) errors.onBehalf = '请选择代办的居民，或填写未用小程序居民的姓名和手机号'
    else if (this.onBehalf.kind === 'person' && name?.trim() !== this.onBehalf.name)
      errors.name = '申请人姓名须与代办的居民姓名一致'
    return errors
  }
}

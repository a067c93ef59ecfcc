import { makeAutoObservable } from 'mobx'
import type { KeyValueStorage } from '@/services/storage/types'

const KEY = 'xb.display'
/** From this WeChat font scale on, the app offers 长辈版 once (WeChat's 大 is about 1.15). */
export const LARGE_FONT = 1.15
/** Standard mode follows WeChat's font up to this factor; layouts are checked at 1.5×. */
const MAX_SCALE = 1.5

interface Saved {
  elder: boolean
  offered: boolean
}

/**
 * How this device shows the app: 长辈版 (large type, big targets, simplified 首页) or standard,
 * remembered on the device; and WeChat's own font size, which standard mode follows.
 */
export class DisplayStore {
  elder = false
  /** The 长辈版 offer was answered (either way) or 长辈版 was switched on/off once. */
  offered = false

  constructor(
    private readonly storage: KeyValueStorage,
    readonly fontScale = 1,
  ) {
    const saved = storage.get<Partial<Saved>>(KEY)
    this.elder = saved?.elder === true
    this.offered = saved?.offered === true
    makeAutoObservable<DisplayStore, 'storage'>(this, { storage: false })
  }

  /** Offer 长辈版 once, on a device whose WeChat font is set large. */
  get shouldOffer(): boolean {
    return !this.elder && !this.offered && this.fontScale >= LARGE_FONT
  }

  /** The class list for a page's root element: the mode, and the font step standard mode follows. */
  get rootClass(): string {
    if (this.elder) return 'elder'
    const step = Math.min(MAX_SCALE, this.fontScale)
    if (step >= 1.45) return 'font-150'
    if (step >= 1.25) return 'font-130'
    if (step >= 1.1) return 'font-115'
    return ''
  }

  setElder(on: boolean): void {
    this.elder = on
    this.offered = true
    this.save()
  }

  /** 暂不使用 on the offer: never asked again on this device. */
  declineOffer(): void {
    this.offered = true
    this.save()
  }

  private save(): void {
    this.storage.set(KEY, { elder: this.elder, offered: this.offered } satisfies Saved)
  }
}

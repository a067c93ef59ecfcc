import { reaction } from 'mobx'
import type { CloudClient } from '@/services/cloud/types'
import type { AudioService } from '@/services/audio/types'
import type { LocationService } from '@/services/location/types'
import type { RecorderService } from '@/services/recorder/types'
import type { FilePicker } from '@/services/files/types'
import type { PhotoService } from '@/services/photos/types'
import type { KeyValueStorage } from '@/services/storage/types'
import type { BadgeService } from '@/services/badge'
import { GrantStore } from './GrantStore'
import { LivePoll } from './LivePoll'
import { DisplayStore } from './DisplayStore'
import { MessagesStore } from './MessagesStore'
import { OutboxStore, type FileKeeper } from './OutboxStore'
import { PrivacyQuestion } from './PrivacyQuestion'
import { ReferenceStore } from './ReferenceStore'
import { SessionStore } from './SessionStore'

/** The services a store may use; tests pass fakes here. */
export interface Services {
  cloud: CloudClient
  storage: KeyValueStorage
  keeper: FileKeeper
  photos: PhotoService
  /** Picking an .xlsx (the office's street import); absent in tests that pick none. */
  files?: FilePicker
  /** Absent in tests that do not locate: 使用当前位置 then says it cannot. */
  location?: LocationService
  /** The microphone (按住说话) and the clip player; absent in tests that do not use them. */
  recorder?: RecorderService
  audio?: AudioService
  /** The tab bar's unread badge; absent in tests that have no tab bar. */
  badge?: BadgeService
  /** WeChat's font scale (1 = standard); absent = 1 (H5, tests). */
  fontScale?: () => number
}

/**
 * Holds one store per domain that lives across pages. Stores used by one subpackage only are made
 * by its pages (so their code stays out of the main package) from these same services: pages hand
 * services to stores and never call them themselves.
 */
export class RootStore {
  readonly session: SessionStore
  readonly outbox: OutboxStore
  readonly messages: MessagesStore
  readonly reference: ReferenceStore
  readonly grants: GrantStore
  /** The poll that keeps visible pages current where there is no live stream (weapp). */
  readonly live: LivePoll
  /** WeChat's privacy question while it waits for the user (weapp). */
  readonly privacy = new PrivacyQuestion()
  /** 长辈版 and font size, per device. */
  readonly display: DisplayStore

  constructor(readonly services: Services) {
    this.session = new SessionStore(services.cloud)
    this.outbox = new OutboxStore(services.cloud, services.storage, services.keeper)
    this.messages = new MessagesStore(services.cloud)
    this.reference = new ReferenceStore(services.cloud)
    this.grants = new GrantStore(services.cloud)
    this.live = new LivePoll(() => this.messages.poll(), services.cloud.platform === 'weapp')
    this.display = new DisplayStore(services.storage, services.fontScale?.() ?? 1)
    reaction(
      () => this.session.openid,
      () => {
        this.reference.clear()
        this.grants.clear()
      },
    )
    // The unread count on the tab bar follows the count wherever it changes (poll, stream, read).
    reaction(
      () => this.messages.unread,
      () => this.showBadge(),
    )
  }

  /** Puts the unread count on the tab bar (again: WeChat drops it off the tab pages). */
  showBadge(): void {
    this.services.badge?.show(this.messages.unread)
  }
}

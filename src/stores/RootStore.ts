import { reaction } from 'mobx'
import type { CloudClient } from '@/services/cloud/types'
import type { LocationService } from '@/services/location/types'
import type { PhotoService } from '@/services/photos/types'
import type { KeyValueStorage } from '@/services/storage/types'
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
  /** Absent in tests that do not locate: 使用当前位置 then says it cannot. */
  location?: LocationService
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
  /** WeChat's privacy question while it waits for the user (weapp). */
  readonly privacy = new PrivacyQuestion()
  /** 长辈版 and font size, per device. */
  readonly display: DisplayStore

  constructor(readonly services: Services) {
    this.session = new SessionStore(services.cloud)
    this.outbox = new OutboxStore(services.cloud, services.storage, services.keeper)
    this.messages = new MessagesStore(services.cloud)
    this.reference = new ReferenceStore(services.cloud)
    this.display = new DisplayStore(services.storage, services.fontScale?.() ?? 1)
    reaction(
      () => this.session.openid,
      () => this.reference.clear(),
    )
  }
}

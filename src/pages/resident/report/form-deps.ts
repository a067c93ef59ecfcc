import type { BoundAddress } from '@shared/contracts/user'
import type { CloudClient } from '@/services/cloud/types'
import type { LocationService } from '@/services/location/types'
import type { PhotoService } from '@/services/photos/types'
import type { RecorderService } from '@/services/recorder/types'
import type { KeyValueStorage } from '@/services/storage/types'
import type { FileKeeper, OutboxStore } from '@/stores/OutboxStore'

/** What the report form is given: the services (fakes in tests) and who is filing. */
export interface ReportFormDeps {
  cloud: CloudClient
  storage: KeyValueStorage
  outbox: OutboxStore
  photos: PhotoService
  /** Keeps a photo taken offline on the device (待上传) so the report can queue with it. */
  keeper?: FileKeeper
  location?: LocationService
  /** The microphone (按住说话); absent: the form says this device can't record. */
  recorder?: RecorderService
  openid: string
  address: BoundAddress | null
  now?: () => Date
}

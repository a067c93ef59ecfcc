import type { CloudClient } from '@/services/cloud/types'
import { SessionStore } from './SessionStore'

/** The services a store may use; tests pass fakes here. */
export interface Services {
  cloud: CloudClient
}

/** Holds one store per domain. Later domains (reports, certificates, grid) are added here. */
export class RootStore {
  readonly session: SessionStore

  constructor(readonly services: Services) {
    this.session = new SessionStore(services.cloud)
  }
}

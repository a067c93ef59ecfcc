import type { Role } from '../shared/roles'

/** The parts of wx-server-sdk the server code uses; typed loosely because the SDK ships no types we rely on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Cloud = any
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Database = any

/** A stored user: `_id` is the OPENID. Residents need no row until they bind an address. */
export interface UserDoc {
  _id: string
  role: Role
  name: string
  phone?: string
  gridId?: string
  companyId?: string
}

/** What every action handler gets: the caller (from the platform, never from the client) and the cloud. */
export interface ActionContext {
  openid: string
  role: Role
  user: UserDoc | null
  cloud: Cloud
  db: Database
  /** Injectable clock: every time decision goes through here. */
  now: () => Date
}

import type { AddressBinding } from '../shared/grid/model'
import type { StandIn } from '../shared/reports/state'
import type { Role } from '../shared/roles'
import type { Database } from './db'

export type { Database } from './db'

/**
 * wx-server-sdk's cloud object. Left loose on purpose: the SDK ships no types we rely on, the
 * database part is typed in db.ts (what the code really uses), and tests hand the router small
 * doubles of the rest (getWXContext, getTempFileURL, uploadFile, openapi).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Cloud = any

/** A stored user: `_id` is the OPENID. Residents need no row until they bind an address. */
export interface UserDoc {
  _id: string
  role: Role
  name: string
  /** A staff role's street (src/server/street-scope.ts); residents' comes from their home. */
  streetId?: string
  phone?: string
  /** A grid worker's grid ('' once they lost it). */
  gridId?: string
  /** A grid worker standing in for another's grid (grid.setStandIn): held on its days only. */
  standIn?: (StandIn & { forOpenid: string; setBy: string; setAt: Date }) | null
  /** A property staff member's company. */
  companyId?: string
  /** The home a resident (or anyone living in the street) bound. */
  address?: AddressBinding
  /** What a grid worker shows residents on 我的网格员. */
  title?: string
  photo?: string
  duties?: string
  hours?: string
  wechatId?: string
  joinedAt?: Date
  retiredAt?: Date
  createdAt?: Date
  updatedAt?: Date
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

import type { AuthActions } from './auth'
import type { CertificateActions } from './certificate'
import type { FollowActions } from './follows'
import type { GridActions } from './grid'
import type { LedgerActions } from './ledger'
import type { MessageActions } from './message'
import type { ReportActions } from './report'
import type { SlaActions } from './sla'
import type { StatsActions } from './stats'
import type { StreetImportActions } from './street-import'
import type { UserActions } from './user'

/**
 * Every action the app can call, with its request and response type. One cloud function per
 * business area; the part before the dot names the function (`report.create` → `report`).
 * Each area adds its own interface here.
 */
export type ActionMap = UserActions &
  GridActions &
  ReportActions &
  MessageActions &
  CertificateActions &
  SlaActions &
  LedgerActions &
  StatsActions &
  FollowActions &
  AuthActions &
  StreetImportActions

export type ActionName = keyof ActionMap
export type ActionReq<A extends ActionName> = ActionMap[A]['req']
export type ActionRes<A extends ActionName> = ActionMap[A]['res']

/** What is sent to a cloud function: `callFunction({ name: area, data: ActionCall })`. */
export interface ActionCall<A extends ActionName = ActionName> {
  action: A
  payload: ActionReq<A>
}

/** The cloud function that serves an action. */
export function functionOf(action: string): string {
  return action.split('.')[0]
}

export type { WhoAmIResult } from './user'

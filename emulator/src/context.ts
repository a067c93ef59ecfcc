import type { Clock } from './clock'
import type { Database } from './db/database'
import type { EventBus } from './events'
import type { FunctionHost } from './functions/host'
import type { MessagePushes } from './functions/pushes'
import type { SecurityRules } from './rules'
import type { Storage } from './storage'
import type { CustomLoginKey } from './gateway/custom-login'
import type { Sessions } from './gateway/sessions'
import type { TcbCredential } from './tcb/auth'
import type { PhoneCode } from './wx-open'

/** Everything a request handler may need, built once in index.ts. */
export interface Ctx {
  env: string
  db: Database
  storage: Storage
  /** cloudbase/*.rules.json: judged for every client access (functions bypass them). */
  rules: SecurityRules
  host: FunctionHost
  bus: EventBus
  clock: Clock
  sessions: Sessions
  /** The custom-login key: functions sign tickets with it, the HTTP API checks them. */
  customLoginKey: CustomLoginKey
  templates: Templates
  staticDir: string
  /** Secret in XB_PUBLISH_URL: only function workers can publish events. */
  publishSecret: string
  /** The key pair /tcb requests must be signed with: function workers hold it (see tcb/auth.ts). */
  tcbCredential: TcbCredential
  baseUrl: () => string
  log: (line: string) => void
  /** Tests simulate a WeChat outage: this many next sends (or other openapi calls) answer -1 (系统繁忙). */
  wxOutage: { sends: number; openapi: number }
  /**
   * Tests simulate a function instance dying at a chosen point: the next `count` /tcb requests of
   * `action` on `collection` from a running function kill that function's instance instead.
   */
  crashOn: { action: string; collection: string; count: number }
  /** The mini-program's appid: the watermark of a phone number names it. */
  appid: string
  /** Phone-number codes minted by tests (/__emulator/phone-code), by code. */
  phoneCodes: Map<string, PhoneCode>
  /** WeChat's message pushes waiting to go to the configured function (mediaCheckAsync's result). */
  pushes: MessagePushes
}

/** emulator/templates.json: subscribe-message templates, field name → WeChat field type. */
export type Templates = Record<string, { title: string; fields: Record<string, string> }>

/** Collections the emulator itself uses; created at start, listed in the README. */
export const INTERNAL_COLLECTIONS = [
  'files',
  'subscribe_grants',
  'subscribe_messages',
  // the HTTP API's used custom-login tickets and signed-out sessions
  'auth_tickets',
  'auth_revoked',
]

import type { ActionName, ActionReq, ActionRes } from '@shared/contracts'
import type { Role } from '@shared/roles'
import type { GrantAnswers } from '@shared/subscribe'

/** A demo identity offered by the emulator's local sign-in (H5 only, never in production). */
export interface DemoIdentity {
  openid: string
  name: string
  role: Role
  label: string
}

/** Progress of one upload, 0–1. */
export type ProgressFn = (fraction: number) => void

/**
 * The only door to the cloud. `call` resolves with the action's data or rejects with an
 * AppError (server error envelopes and network failures alike, code `NETWORK` for the latter).
 */
export interface CloudClient {
  readonly platform: 'weapp' | 'h5'
  call<A extends ActionName>(action: A, payload: ActionReq<A>): Promise<ActionRes<A>>
  /** Uploads a local file (weapp temp path, or an H5 Blob) and returns its `cloud://` fileID. */
  uploadFile(file: string | Blob, cloudPath: string, onProgress?: ProgressFn): Promise<string>
  /** Temporary URLs to show images stored as fileIDs. */
  getFileUrls(fileIDs: string[]): Promise<Record<string, string>>
  /**
   * Asks the user to allow these subscribe messages (at most 3). Must be called from a tap
   * handler before any await: WeChat shows the prompt only in direct answer to a tap.
   */
  requestGrants(templateIds: string[]): Promise<GrantAnswers>
  /**
   * The user's standing answers to subscribe prompts (weapp: wx.getSetting withSubscriptions);
   * absent where there are none to read (H5: the emulator's stand-in prompt always asks).
   */
  subscriptionSettings?(): Promise<SubscriptionSettings>
  /** Local sign-in, present only where the emulator offers it (H5 against the local cloud). */
  localAuth?: LocalAuth
  /** The web session of the HTTP API (H5: the desk signs in by a scan); absent in weapp. */
  webAuth?: WebAuth
}

/** A desk's hold on its scan login (auth.deskSession / deskSignOut need it). */
export interface DeskKey {
  id: string
  secret: string
}

export interface WebAuth {
  isSignedIn(): boolean
  /** Signs in with a custom-login ticket; `desk` = the scan login it came from. */
  signInWithTicket(ticket: string, desk?: DeskKey): Promise<void>
  /** The scan login this session came from, if any (not for the demo picker's sessions). */
  deskKey(): DeskKey | null
  /** Ends the session here and revokes its refresh token. */
  signOut(): Promise<void>
  /** Called when the server ends the session (refresh refused: expired, revoked). */
  onSessionEnded(listener: (message: string) => void): void
}

/**
 * What the user chose once and for all: 订阅消息 switched off, or a template answered with
 * 「总是保持以上选择」 — then WeChat shows no prompt and answers by itself (accept: each ask still
 * banks one grant; reject/ban: asking is pointless).
 */
export interface SubscriptionSettings {
  off: boolean
  always: Record<string, 'accept' | 'reject' | 'ban'>
}

export interface LocalAuth {
  listIdentities(): Promise<DemoIdentity[]>
  signIn(openid: string): Promise<void>
  signOut(): void
  isSignedIn(): boolean
}

/**
 * 扫码登录街道工作台: the desk (H5, not signed in) asks for a login and shows its mini-program
 * code; an office staff member scans it with the mini-program and confirms; the desk, holding the
 * login's secret, redeems it once for a custom-login ticket minted for that staff member.
 */

/** A desk's code is good for 2 minutes; a confirmed login must be collected within 2 more. */
export const DESK_LOGIN_TTL_MS = 2 * 60_000

/**
 * A desk login's life: 待扫码确认 → confirmed → redeemed (the desk signed in) → superseded (the
 * same person signed in at another desk) or signedOut; or refused / expired on the way.
 */
export type DeskLoginState =
  | 'pending'
  | 'confirmed'
  | 'refused'
  | 'expired'
  | 'redeemed'
  | 'superseded'
  | 'signedOut'

/** What the phone shows before its owner confirms: when, from where and in what browser. */
export interface DeskLoginView {
  id: string
  state: DeskLoginState
  createdAt: string
  expiresAt: string
  /** The desk's browser and system as it said (e.g. "Chrome · Windows"); '' when unknown. */
  device: string
  /** The desk's network address as the platform saw it; '' when unknown. */
  ip: string
}

/** The desk's hold on its login: the id (= the code's scene) and the secret only it knows. */
export interface DeskLoginKey {
  id: string
  secret: string
}

export interface AuthActions {
  /** Anyone (the desk is signed in anonymously): a new login and its code, valid 2 minutes. */
  'auth.deskStart': {
    req: { device?: string }
    res: DeskLoginKey & { scene: string; expiresAt: string; qr: string }
  }
  /** The phone after a scan: the login it is about to confirm. */
  'auth.deskScan': { req: { scene: string }; res: DeskLoginView }
  /** The phone's answer: only office staff may sign in to the desk. */
  'auth.confirmDesk': { req: { id: string; confirm: boolean }; res: { state: DeskLoginState } }
  /** The desk waits: once confirmed, the one-time ticket (the login becomes redeemed). */
  'auth.deskPoll': { req: DeskLoginKey; res: { state: DeskLoginState; ticket?: string } }
  /** A signed-in desk asks whether its session still stands (superseded: signed in elsewhere). */
  'auth.deskSession': { req: DeskLoginKey; res: { state: DeskLoginState } }
  /** 退出登录 at the desk. */
  'auth.deskSignOut': { req: DeskLoginKey; res: { state: DeskLoginState } }
}

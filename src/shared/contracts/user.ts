import type { Role } from '../roles'

/** `user.whoami`: the caller as the server sees them. */
export interface WhoAmIResult {
  openid: string
  role: Role
  /** Display name; empty until the user has set one or been registered by the street office. */
  name: string
  /** False for a WeChat user the system has never seen before. */
  registered: boolean
}

export interface UserActions {
  'user.whoami': { req: Record<string, never>; res: WhoAmIResult }
}

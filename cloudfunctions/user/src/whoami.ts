import type { ActionDef } from '../../../src/server/router'
import type { WhoAmIResult } from '../../../src/shared/contracts/user'

/** `user.whoami`: the caller's OPENID and role, as the server decides them. */
export const whoami: ActionDef<Record<string, never>, WhoAmIResult> = {
  roles: 'anyone',
  async handle({ openid, role, user }) {
    return { openid, role, name: user?.name ?? '', registered: user !== null }
  },
}

import tcb from '@cloudbase/node-sdk'
import type { Cloud } from './context'

/**
 * Who is calling, as CloudBase tells a function:
 * - a mini-program user: `getWXContext().OPENID` (wx-server-sdk reads WX_OPENID);
 * - a web user of the HTTP API (the desk console, signed in with a custom-login ticket): no
 *   OPENID, but `auth().getUserInfo().customUserId` (@cloudbase/node-sdk reads
 *   TCB_CUSTOM_USER_ID). Tickets are minted only for a user's own OPENID (auth.confirmDesk, or
 *   the emulator's demo issuer), so the custom user id IS that OPENID: the same user, the same
 *   role from `users`, decided here on the server;
 * - an anonymous web user (the public verify page) or a timer: '' — only `anyone` actions.
 */
export function callerOpenid(cloud: Cloud): string {
  const { OPENID } = (cloud.getWXContext() ?? {}) as { OPENID?: unknown }
  if (typeof OPENID === 'string' && OPENID) return OPENID
  return webUser().customUserId
}

/** node-sdk's view of the web login; read per call (the platform sets it per invocation). */
export function webUser(): { uid: string; customUserId: string; isAnonymous: boolean; ip: string } {
  const auth = app().auth()
  const { uid, customUserId, isAnonymous } = auth.getUserInfo()
  return { uid, customUserId, isAnonymous, ip: auth.getClientIP() }
}

let instance: ReturnType<typeof tcb.init> | null = null

/** node-sdk for the environment the function runs in (no network: reading the login is local). */
function app(): ReturnType<typeof tcb.init> {
  instance ??= tcb.init({ env: tcb.SYMBOL_CURRENT_ENV as unknown as string })
  return instance
}

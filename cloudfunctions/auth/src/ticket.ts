import tcb from '@cloudbase/node-sdk'
import { AppError } from '@shared/errors'

interface CustomLoginKey {
  private_key_id: string
  private_key: string
  env_id: string
}

/**
 * A custom-login ticket for `openid` (node-sdk `createTicket`, valid 10 minutes, one sign-in),
 * signed with the environment's custom-login key: XB_CUSTOM_LOGIN_KEY holds the JSON the CloudBase
 * console downloads (tcb_custom_login.json); the emulator sets its own key file there. Built
 * before a login is redeemed, so a missing key refuses the poll and burns no confirmation.
 */
export function ticketMinter(): (openid: string) => string {
  let key: Partial<CustomLoginKey> | null = null
  try {
    key = JSON.parse(process.env.XB_CUSTOM_LOGIN_KEY || 'null') as Partial<CustomLoginKey> | null
  } catch {
    key = null
  }
  if (!key?.private_key_id || !key.private_key || !key.env_id)
    throw new AppError('INTERNAL', '扫码登录尚未开通：auth 云函数未配置自定义登录私钥')
  const app = tcb.init({ env: key.env_id, credentials: key as CustomLoginKey })
  return (openid) => app.auth().createTicket(openid)
}

import type { WxCloud } from './sdk'

/** The in-app messages stored for `openid` about one report or application (`refId`). */
export async function messagesTo(cloud: WxCloud, openid: string, refId: string) {
  const { data } = await cloud
    .database()
    .collection('messages')
    .where({ toOpenid: openid, refId })
    .get()
  return data as Array<{ title: string; body: string }>
}

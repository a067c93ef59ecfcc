import Taro from '@tarojs/taro'
import type { HomeEntry } from './entries'

/** What a tap on a 首页 entry does: open its page, or say honestly that it is not ready yet. */
export function openEntry(entry: HomeEntry): Promise<unknown> {
  if (entry.ready) return Taro.navigateTo({ url: entry.url })
  return Taro.showModal({
    title: '即将上线',
    content: `「${entry.title}」正在建设中。急事请拨打 12345 政务服务便民热线。`,
    showCancel: false,
    confirmText: '知道了',
  })
}

export function callHotline(phone: string): Promise<unknown> {
  return Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
}

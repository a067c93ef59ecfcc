import Taro from '@tarojs/taro'

/** The 我的 tab (src/app.config.ts tabBar.list), where 消息 lives. */
const ME_TAB = 1

/**
 * The tab bar's unread badge. WeChat refuses it while a page outside the tab bar is on top, so
 * tab pages put it up again when they show (useTabBadge).
 */
export const badge = {
  show(unread: number): void {
    const shown =
      unread > 0
        ? Taro.setTabBarBadge({ index: ME_TAB, text: unread > 99 ? '99+' : String(unread) })
        : Taro.removeTabBarBadge({ index: ME_TAB })
    void Promise.resolve(shown).catch(() => undefined) // not a tab page now: put up on show
  },
}

export type BadgeService = typeof badge

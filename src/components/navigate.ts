import Taro from '@tarojs/taro'

/** What a tap that cannot open its page says: the cause and what to do. */
export const NEEDS_NETWORK = '网络不可用，请联网后再试'

function sayNeedsNetwork(): void {
  void Taro.showModal({ title: '无法打开页面', content: NEEDS_NETWORK, showCancel: false })
}

/**
 * Opens a page and says so when it cannot: offline, a page not yet in the build the phone has
 * (an H5 chunk, a weapp subpackage) fails to load, and a bare Taro call would do nothing.
 */
export function openPage(kind: 'navigateTo' | 'redirectTo' | 'switchTab', url: string): void {
  Taro[kind]({ url }).catch(sayNeedsNetwork)
}

/**
 * H5: the router loads a page's chunk after the navigation call has returned, so a failed load
 * surfaces only as an unhandled rejection (webpack's ChunkLoadError). One listener for every tap.
 */
export function watchChunkFailures(): void {
  if (typeof window === 'undefined' || !window.addEventListener) return
  window.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) => {
    const r = e.reason as { name?: string; message?: string } | undefined
    if (r?.name === 'ChunkLoadError' || /Loading (CSS )?chunk/.test(r?.message ?? '')) {
      e.preventDefault()
      sayNeedsNetwork()
    }
  })
}

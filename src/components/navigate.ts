import Taro from '@tarojs/taro'

/** What a tap that cannot open its page says: the cause and what to do. */
export const NEEDS_NETWORK = '网络不可用，请联网后再试'

type Kind = 'navigateTo' | 'redirectTo' | 'switchTab'

/** The message, with 重试 when we know what to try again (the tap that failed). */
function sayNeedsNetwork(retry?: () => void): void {
  void Taro.showModal({
    title: '需要网络才能打开',
    content: NEEDS_NETWORK,
    showCancel: !!retry,
    cancelText: '取消',
    confirmText: retry ? '重试' : '知道了',
  }).then((r) => {
    if (r.confirm) retry?.()
  })
}

interface H5Route {
  path: string
  load: () => [Promise<unknown>, ...unknown[]]
}

/**
 * H5: the page's chunk, fetched before the navigation (the router's own loader, so the same
 * chunk): a failure then leaves the address and the page as they were, and can be retried. In
 * weapp (and for a page already loaded) it resolves at once.
 */
function loadPage(url: string): Promise<unknown> {
  if (process.env.TARO_ENV !== 'h5') return Promise.resolve()
  const path = url.split('?')[0].replace(/^\//, '')
  const routes = (window as { __taroAppConfig?: { routes?: H5Route[] } }).__taroAppConfig?.routes
  const route = routes?.find((r) => r.path.replace(/^\//, '') === path)
  return route ? route.load()[0] : Promise.resolve()
}

/**
 * Opens a page and says so when it cannot: offline, a page not yet in the build the phone has
 * (an H5 chunk, a weapp subpackage) fails to load, and a bare Taro call would do nothing.
 */
export function openPage(kind: Kind, url: string): void {
  const go = () =>
    void loadPage(url)
      .then(() => Taro[kind]({ url }))
      .catch(() => sayNeedsNetwork(go))
  go()
}

/**
 * H5: fetches the chunks of pages a person may open next while the network is there (from the
 * report form: 我的报事 and 首页), so the taps still work once it is gone. Failures are ignored:
 * openPage says so at the tap.
 */
export function preloadPages(urls: string[]): void {
  for (const url of urls) void loadPage(url).catch(() => undefined)
}

/**
 * H5: the router loads a page's chunk after the navigation call has returned, so a failed load
 * of a tap not made through openPage (the tab bar, a plain Taro call) surfaces only as an
 * unhandled rejection (webpack's ChunkLoadError). One listener for all of them.
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

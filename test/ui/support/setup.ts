// Taro's H5 runtime reads these at import time; jsdom lacks them.
Object.assign(globalThis, {
  defineAppConfig: (c: unknown) => c,
  definePageConfig: (c: unknown) => c,
})

/**
 * Taro's page hooks (useRouter, useDidShow …) need the page instance that Taro's app runtime
 * creates; a page mounted alone has none. These stand-ins give the same timing a page sees when
 * it opens: router params from `globalThis.mockRouterParams`, show/load once after mount.
 */
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  const { useEffect } = jest.requireActual('react')
  const once = (fn: () => void) => useEffect(() => void fn(), [])
  // Taro's default export is a plain object whose hooks are getters: wrap it, don't assign.
  const taro = Object.create(actual.default ?? actual)
  const hooks = {
    useRouter: () => ({
      params: (globalThis as { mockRouterParams?: object }).mockRouterParams ?? {},
      path: '',
    }),
    useDidShow: once,
    useDidHide: () => undefined,
    useLoad: once,
    usePullDownRefresh: () => undefined,
    useReachBottom: () => undefined,
  }
  for (const [k, v] of Object.entries(hooks)) Object.defineProperty(taro, k, { value: v })
  return { __esModule: true, ...actual, ...hooks, default: taro }
})

/**
 * A stand-in for the `wx` global of the WeChat client: enough for Taro's runtime to start and for
 * pages to call APIs. Every API call is recorded in `calls` so a test can see what a tap did;
 * APIs a test doesn't care about succeed with an empty result.
 */
export interface WxCall {
  api: string
  args: unknown
}

export const calls: WxCall[] = []

/** What an async API answers besides `errMsg` (e.g. requestSubscribeMessage's choices), per API. */
export const wxResults: Record<string, Record<string, unknown>> = {}

/** What the cloud answers, per action, while a test runs (set by the test). */
export const cloudHandlers: Record<string, (payload: unknown) => unknown> = {}

/** When set, cloud calls go here instead of `cloudHandlers` (e.g. to a running emulator). */
export const cloudRoute: { forward?: (name: string, data: unknown) => Promise<unknown> } = {}
const storage = new Map<string, unknown>()

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const known: Record<string, (...args: any[]) => unknown> = {
  getSystemInfoSync: () => ({
    platform: 'devtools',
    windowWidth: 375,
    windowHeight: 667,
    pixelRatio: 2,
    SDKVersion: '3.6.0',
    language: 'zh_CN',
  }),
  getWindowInfo: () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2 }),
  getAppBaseInfo: () => ({ SDKVersion: '3.6.0', language: 'zh_CN' }),
  getDeviceInfo: () => ({ platform: 'devtools' }),
  getStorageSync: (key) => storage.get(String(key)) ?? '',
  setStorageSync: (key, value) => void storage.set(String(key), value),
  removeStorageSync: (key) => void storage.delete(String(key)),
  getMenuButtonBoundingClientRect: () => ({
    top: 24,
    height: 32,
    left: 280,
    right: 367,
    width: 87,
    bottom: 56,
  }),
  onNetworkStatusChange: () => undefined,
  onAppShow: () => undefined,
  onAppHide: () => undefined,
  nextTick: (fn) => void setTimeout(fn as unknown as () => void, 0),
}

/**
 * WeChat's one recorder (按住说话), faked: `start` starts at once; `stop` finishes a clip of
 * `recorder.ms`. A test reads what it was started with and can fail it (`recorder.fail`).
 */
export const recorder = {
  ms: 4200,
  started: [] as unknown[],
  stops: 0,
  on: {} as Record<string, (r?: unknown) => void>,
  fail: (errMsg: string) => recorder.on.error?.({ errMsg }),
}
known.getRecorderManager = () => ({
  onStart: (f: () => void) => void (recorder.on.start = f),
  onStop: (f: (r: unknown) => void) => void (recorder.on.stop = f),
  onError: (f: (r: unknown) => void) => void (recorder.on.error = f),
  start: (o: unknown) => {
    recorder.started.push(o)
    setTimeout(() => recorder.on.start?.(), 0)
  },
  stop: () => {
    recorder.stops++
    const r = { tempFilePath: 'wxfile://tmp/voice.mp3', duration: recorder.ms, fileSize: 25000 }
    setTimeout(() => recorder.on.stop?.(r), 0)
  },
})

/** Async-style API: calls `success` and `complete` with an ok result, as WeChat does. */
function asyncApi(api: string) {
  return (options: Record<string, unknown> = {}) => {
    const result = { errMsg: `${api}:ok`, ...wxResults[api] }
    setTimeout(() => {
      ;(options.success as ((r: unknown) => void) | undefined)?.(result)
      ;(options.complete as ((r: unknown) => void) | undefined)?.(result)
    }, 0)
  }
}

/** The async APIs the app uses (plus a few Taro touches); each succeeds unless a test says otherwise. */
const ASYNC_APIS = [
  'showModal',
  'showToast',
  'hideToast',
  'showLoading',
  'hideLoading',
  'navigateTo',
  'redirectTo',
  'switchTab',
  'navigateBack',
  'reLaunch',
  'makePhoneCall',
  'chooseMedia',
  'chooseImage',
  'previewImage',
  'getLocation',
  'chooseLocation',
  'compressImage',
  'getImageInfo',
  'requestSubscribeMessage',
  'setNavigationBarTitle',
  'stopPullDownRefresh',
  'setClipboardData',
  'getNetworkType',
  'getSetting',
  'setTabBarBadge',
  'removeTabBarBadge',
  'login',
  'request',
  'uploadFile',
  'downloadFile',
]

/** `wx` with every API the app may call; Taro wraps exactly the keys it finds here. */
export function createWx(): Record<string, unknown> {
  const wx: Record<string, unknown> = {
    cloud: {
      init: () => undefined,
      // The app's cloud client calls callFunction({name, data: {action, payload}}) and awaits it.
      callFunction: async (o: { name: string; data: { action: string; payload: unknown } }) => {
        calls.push({ api: 'cloud.callFunction', args: o.data })
        if (cloudRoute.forward) return { result: await cloudRoute.forward(o.name, o.data) }
        const handler = cloudHandlers[o.data.action]
        if (!handler)
          return {
            result: {
              ok: false,
              error: { code: 'UNKNOWN_ACTION', message: `mp: no handler for ${o.data.action}` },
            },
          }
        return { result: { ok: true, data: await handler(o.data.payload) } }
      },
      uploadFile: (o: { cloudPath: string; success?: (r: unknown) => void }) => {
        calls.push({ api: 'cloud.uploadFile', args: o })
        setTimeout(() => o.success?.({ fileID: `cloud://env.b/${o.cloudPath}` }), 0)
        return { onProgressUpdate: () => undefined }
      },
    },
    getFileSystemManager: () => ({ statSync: () => ({ size: 0 }) }),
  }
  const apis: typeof known = { ...known }
  for (const api of ASYNC_APIS) apis[api] = asyncApi(api)
  for (const [api, impl] of Object.entries(apis)) {
    wx[api] = (...args: unknown[]) => {
      calls.push({ api, args: args[0] })
      return impl(...args)
    }
  }
  return wx
}

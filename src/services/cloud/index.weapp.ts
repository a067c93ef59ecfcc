import Taro from '@tarojs/taro'
import { functionOf } from '@shared/contracts'
import { transportError, unwrap } from './envelope'
import type { CloudClient, SubscriptionSettings } from './types'

let initialised = false

/** `Taro.cloud.init` once, lazily, with the env id from .env.local (never hard-coded). */
function ensureInit() {
  if (initialised) return
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true })
  initialised = true
}

export const cloud: CloudClient = {
  platform: 'weapp',

  async call(action, payload) {
    ensureInit()
    let res: Taro.cloud.CallFunctionResult
    try {
      res = await Taro.cloud.callFunction({ name: functionOf(action), data: { action, payload } })
    } catch (err) {
      throw transportError(err)
    }
    return unwrap(res.result)
  },

  uploadFile(file, cloudPath, onProgress) {
    ensureInit()
    if (typeof file !== 'string') return Promise.reject(new Error('小程序端上传需要本地临时路径'))
    return new Promise((resolve, reject) => {
      const task = Taro.cloud.uploadFile({
        cloudPath,
        filePath: file,
        success: (r) => resolve(r.fileID),
        fail: (e) => reject(transportError(e)),
      }) as unknown as { onProgressUpdate?: (cb: (p: { progress: number }) => void) => void }
      task?.onProgressUpdate?.((p) => onProgress?.(p.progress / 100))
    })
  },

  async requestGrants(templateIds) {
    try {
      const r = (await Taro.requestSubscribeMessage({
        tmplIds: templateIds,
        entityIds: [],
      } as Taro.requestSubscribeMessage.Option)) as unknown as Record<string, string>
      return Object.fromEntries(
        templateIds.map((id) => [id, r[id] === 'accept' ? 'accept' : 'reject']),
      )
    } catch {
      // Declined, or the base library is too old: the in-app messages still reach them.
      return {}
    }
  },

  async subscriptionSettings() {
    try {
      const s = (await Taro.getSetting({ withSubscriptions: true } as Taro.getSetting.Option)) as {
        subscriptionsSetting?: { mainSwitch?: boolean; itemSettings?: Record<string, string> }
      }
      const items = s.subscriptionsSetting?.itemSettings ?? {}
      return {
        off: s.subscriptionsSetting?.mainSwitch === false,
        always: Object.fromEntries(
          Object.entries(items).filter(([, v]) => ['accept', 'reject', 'ban'].includes(v)),
        ) as SubscriptionSettings['always'],
      }
    } catch {
      return { off: false, always: {} } // unknown: asking is the safe default
    }
  },

  async getFileUrls(fileIDs) {
    // Through a function, not storage: who may see a file depends on what it is attached to.
    if (fileIDs.length === 0) return {}
    return (await cloud.call('user.fileUrls', { fileIDs })).urls
  },
}

import Taro from '@tarojs/taro'
import type { KeyValueStorage } from './types'

export type { KeyValueStorage } from './types'

export const deviceStorage: KeyValueStorage = {
  get<T>(key: string) {
    try {
      const v = Taro.getStorageSync(key)
      return v === '' || v === undefined || v === null ? undefined : (v as T)
    } catch {
      return undefined
    }
  },
  set(key, value) {
    Taro.setStorageSync(key, value)
  },
  remove(key) {
    Taro.removeStorageSync(key)
  },
}

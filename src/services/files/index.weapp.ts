import Taro from '@tarojs/taro'
import type { FilePicker } from './types'

/** weapp: a file from a chat (chooseMessageFile), the only way a phone holds an .xlsx. */
export const files: FilePicker = {
  async pickXlsx() {
    try {
      const r = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] })
      const f = r.tempFiles[0]
      return f ? { file: f.path, name: f.name, bytes: f.size } : null
    } catch {
      return null // cancelled
    }
  },
}

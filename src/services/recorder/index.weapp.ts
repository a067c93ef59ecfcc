import Taro from '@tarojs/taro'
import { RecorderError, type RecorderService, type RecordingEvents } from './types'

const DENIED = '请在小程序设置中允许使用麦克风，或改为打字描述'
const FAILED = '录音失败，请重试，或改为打字描述'

/**
 * WeChat's one recorder: mp3, mono 16 kHz at 48 kbps (60 s ≈ 360 KB), stopped by the platform at
 * `duration`. Its callbacks are app-wide, so each start sets them for that recording.
 */
async function start(maxMs: number, events: RecordingEvents): Promise<{ stop(): void }> {
  const rm = Taro.getRecorderManager()
  return new Promise((resolve, reject) => {
    let started = false
    rm.onStart(() => {
      started = true
      resolve({ stop: () => rm.stop() })
    })
    rm.onStop((r) => {
      if (!started) return
      started = false
      events.done({ file: r.tempFilePath, url: r.tempFilePath, ms: r.duration, ext: 'mp3' })
    })
    rm.onError((e) => {
      const error = new RecorderError(/auth|deny|permission/i.test(e.errMsg) ? DENIED : FAILED)
      if (started) events.failed(error)
      else reject(error)
      started = false
    })
    rm.start({
      duration: maxMs,
      format: 'mp3',
      sampleRate: 16000,
      numberOfChannels: 1,
      encodeBitRate: 48000,
    })
  })
}

export const recorder: RecorderService = { start }

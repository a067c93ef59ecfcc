import Taro from '@tarojs/taro'
import type { AudioService, PlayerEvents } from './types'

/** WeChat's InnerAudioContext; plays even with the phone on silent (obeyMuteSwitch off). */
function player(src: string, events: PlayerEvents) {
  const a = Taro.createInnerAudioContext({ useWebAudioImplement: false })
  a.obeyMuteSwitch = false
  a.src = src
  a.onPlay(() => events.state('playing'))
  a.onPause(() => events.state('paused'))
  a.onStop(() => events.state('paused'))
  a.onEnded(() => events.state('ended'))
  a.onError(() => events.state('error'))
  a.onTimeUpdate(() => events.time(a.currentTime, a.duration))
  return { play: () => a.play(), pause: () => a.pause(), destroy: () => a.destroy() }
}

export const audio: AudioService = { player }

import type { AudioService, PlayerEvents } from './types'

/**
 * A real <audio> element (hidden, in the document so the browser's media stack and a test can
 * see it: `audio.xb-voice`), driven by the page's own controls.
 */
function player(src: string, events: PlayerEvents) {
  const a = document.createElement('audio')
  a.className = 'xb-voice'
  a.preload = 'metadata'
  a.src = src
  a.style.display = 'none'
  document.body.appendChild(a)
  const time = () => events.time(a.currentTime, Number.isFinite(a.duration) ? a.duration : 0)
  a.onplay = () => events.state('playing')
  a.onpause = () => !a.ended && events.state('paused')
  a.onended = () => events.state('ended')
  a.onerror = () => events.state('error')
  a.ontimeupdate = time
  a.onloadedmetadata = time
  return {
    play: () => void a.play().catch(() => events.state('error')),
    pause: () => a.pause(),
    destroy: () => {
      a.pause()
      a.remove()
    },
  }
}

export const audio: AudioService = { player }

import type { LiveEvent } from './types'

const BASE = (process.env.TARO_APP_GATEWAY || '').replace(/\/$/, '')

/** H5: EventSource on /api/events (it reconnects by itself after a network drop). */
export function openEvents(onEvent: (e: LiveEvent) => void): () => void {
  const token = localStorage.getItem('xb.session')
  if (!token || typeof EventSource === 'undefined') return () => undefined
  const source = new EventSource(`${BASE}/api/events?token=${encodeURIComponent(token)}`)
  const handle = (e: MessageEvent) => {
    try {
      onEvent(JSON.parse(e.data) as LiveEvent)
    } catch {
      // a malformed event is skipped; the next refresh shows the truth anyway
    }
  }
  source.addEventListener('message', handle)
  source.addEventListener('subscribe_message', handle)
  return () => source.close()
}

import { accessToken, BASE, currentAccessToken, ON_EMULATOR } from '../cloud/http-auth'
import type { LiveEvent } from './types'

/**
 * H5 against the emulator: EventSource on its /api/events, authenticated with the HTTP API's
 * access token (in the query: EventSource sends no headers). It reconnects by itself after a
 * network drop; a refused token (expired after 2 h) closes it, so it is reopened with a
 * refreshed one. CloudBase has no such stream: there the app refreshes on its own schedule.
 */
export function openEvents(onEvent: (e: LiveEvent) => void): () => void {
  if (!ON_EMULATOR || !currentAccessToken() || typeof EventSource === 'undefined')
    return () => undefined
  let source: EventSource | null = null
  let stopped = false
  const handle = (e: MessageEvent) => {
    try {
      onEvent(JSON.parse(e.data) as LiveEvent)
    } catch {
      // a malformed event is skipped; the next refresh shows the truth anyway
    }
  }
  const open = (token: string) => {
    if (stopped || !token) return
    source = new EventSource(`${BASE}/api/events?token=${encodeURIComponent(token)}`)
    source.addEventListener('message', handle)
    source.addEventListener('subscribe_message', handle)
    source.onerror = () => {
      if (source?.readyState !== EventSource.CLOSED || stopped) return
      setTimeout(() => accessToken(true).then(open, () => undefined), 2000)
    }
  }
  open(currentAccessToken())
  return () => {
    stopped = true
    source?.close()
  }
}

import type { LiveEvent } from './types'

/** weapp has no stream from the gateway: subscribe messages and refresh-on-show cover it. */
export function openEvents(_onEvent: (e: LiveEvent) => void): () => void {
  return () => undefined
}

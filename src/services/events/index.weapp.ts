import type { LiveEvent } from './types'

/**
 * weapp has no stream from the gateway: subscribe messages, refresh-on-show and, while the inbox,
 * a report or 消息 is on screen, the live poll (src/stores/LivePoll.ts) cover it.
 */
export function openEvents(_onEvent: (e: LiveEvent) => void): () => void {
  return () => undefined
}

import type { Cloud } from './context'

/** What CloudBase puts in `getWXContext().SOURCE` when a function's timer trigger raised it. */
export const TIMER_SOURCE = 'wx_trigger'

/**
 * True only when the platform's timer trigger raised this invocation: SOURCE is exactly
 * `wx_trigger` (a function called by a timer function would read `wx_trigger,scf`) and no user
 * is calling. The event body proves nothing — any client can send `{ Type: 'Timer' }`.
 */
export function isPlatformTimer(cloud: Cloud): boolean {
  const { SOURCE, OPENID } = cloud.getWXContext() as { SOURCE?: string; OPENID?: string }
  return SOURCE === TIMER_SOURCE && !OPENID
}

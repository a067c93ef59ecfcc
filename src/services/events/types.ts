/** One event of the live stream: an in-app message stored for me, or a subscribe message sent to me. */
export interface LiveEvent {
  type: 'message' | 'subscribe_message' | string
  message?: { kind?: string; refId?: string; title?: string }
}

/**
 * The desk's review queue: the applications list as last shown, so the review page's j/k step
 * to the next or previous application without going back to the list.
 */
let queue: string[] = []

export const QUEUE_KEYS = ['j', 'k', 'Enter'] as const
export type QueueKey = (typeof QUEUE_KEYS)[number]
export const isQueueKey = (k: string): k is QueueKey =>
  (QUEUE_KEYS as readonly string[]).includes(k)

export function setQueue(ids: string[]): void {
  queue = ids
}

/** The application after (j) or before (k) `id` in the queue; '' at either end or off it. */
export function neighbour(id: string, key: 'j' | 'k'): string {
  const i = queue.indexOf(id)
  if (i < 0) return ''
  return queue[key === 'j' ? i + 1 : i - 1] ?? ''
}

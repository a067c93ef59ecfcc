/** An event delivered to one user's Server-Sent Events stream. */
export interface UserEvent {
  type: string
  [key: string]: unknown
}

type Listener = (event: UserEvent) => void

/** Per-openid fan-out of events to the open SSE streams of that user (zero or more tabs). */
export class EventBus {
  private listeners = new Map<string, Set<Listener>>()

  subscribe(openid: string, fn: Listener): () => void {
    if (!this.listeners.has(openid)) this.listeners.set(openid, new Set())
    this.listeners.get(openid)!.add(fn)
    return () => {
      const set = this.listeners.get(openid)
      set?.delete(fn)
      if (set && !set.size) this.listeners.delete(openid)
    }
  }

  /** How many streams this user has open now. */
  count(openid: string): number {
    return this.listeners.get(openid)?.size ?? 0
  }

  publish(openid: string, event: UserEvent): number {
    const set = this.listeners.get(openid)
    if (!set) return 0
    for (const fn of set) fn(event)
    return set.size
  }
}

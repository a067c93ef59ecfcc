/**
 * The mini-program's live path: while a page that shows changing things (任务收件箱, a report, 消息)
 * is on screen, a light poll asks whether anything changed — every 3 s at first, backing off
 * while nothing does (×1.5, to 15 s at most), back to 3 s after a change. Nothing polls while no
 * such page is visible: each page holds a viewer while shown (useLive) and lets go when hidden.
 *
 * Why a poll and not CloudBase's realtime watch: the watch needs a client-readable `messages`
 * collection under a per-user security rule and a websocket the emulator would have to serve
 * faithfully; one `user.messages` call every few seconds while a page is open costs a street
 * office's few hundred staff nothing, goes through the same function (and its access rules) as
 * everything else, and stops by itself when the page is hidden.
 */
export const POLL = { first: 3_000, factor: 1.5, max: 15_000 }

/** The wait before the next poll, after one that saw a change (`changed`) or not. */
export function nextDelay(previous: number, changed: boolean): number {
  return changed ? POLL.first : Math.min(POLL.max, Math.round(previous * POLL.factor))
}

export interface Timers {
  set(fn: () => void, ms: number): unknown
  clear(handle: unknown): void
}

const REAL: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
}

export class LivePoll {
  private viewers = 0
  private handle: unknown = null
  private running = false
  /** The wait before the next poll (observable by tests). */
  delay = POLL.first

  /** `probe` asks the server once and says whether anything changed since it last asked. */
  constructor(
    private readonly probe: () => Promise<boolean>,
    private readonly enabled: boolean,
    private readonly timers: Timers = REAL,
  ) {}

  get active(): boolean {
    return this.handle !== null || this.running
  }

  /** A page came on screen; returns the function that lets it go when it hides. */
  show(): () => void {
    let shown = true
    this.viewers += 1
    if (this.viewers === 1 && this.enabled) {
      this.delay = POLL.first
      this.schedule()
    }
    return () => {
      if (!shown) return
      shown = false
      this.viewers -= 1
      if (this.viewers === 0) this.stop()
    }
  }

  private schedule(): void {
    this.handle = this.timers.set(() => void this.tick(), this.delay)
  }

  private async tick(): Promise<void> {
    this.handle = null
    this.running = true
    const changed = await this.probe().catch(() => false) // offline: back off, try later
    this.running = false
    this.delay = nextDelay(this.delay, changed)
    if (this.viewers > 0) this.schedule()
  }

  private stop(): void {
    if (this.handle !== null) this.timers.clear(this.handle)
    this.handle = null
  }
}

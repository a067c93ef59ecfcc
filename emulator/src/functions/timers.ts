import type { Clock } from '../clock'
import { parseCron, nextFire, type Cron } from './cron'
import type { FunctionHost } from './host'
import type { MessagePushes } from './pushes'

export interface Fired {
  name: string
  trigger: string
  at: string
  ok: boolean
}

/**
 * Timer triggers from each function's config.json. A check runs every second on real time;
 * with a frozen clock only `tick()` (POST /__emulator/tick) runs them, so tests decide when.
 * A trigger due several times since the last check fires once, as a late platform timer does.
 * WeChat's message pushes that are due go out on the same beat (pushes.ts), listed as fired
 * with trigger `push:<MsgType>/<Event>`.
 */
export class Timers {
  private last: number
  private running = false
  private interval: NodeJS.Timeout | null = null
  private cache = new Map<string, Cron>()

  constructor(
    private host: FunctionHost,
    private clock: Clock,
    private log: (line: string) => void,
    private pushes?: MessagePushes,
  ) {
    this.last = clock.now()
  }

  start(): void {
    this.interval = setInterval(() => {
      if (!this.clock.isFrozen) void this.tick()
    }, 1000)
    this.interval.unref()
  }

  stop(): void {
    if (this.interval) clearInterval(this.interval)
  }

  /** When the clock is set backwards, timers start counting again from there. */
  reset(): void {
    this.last = this.clock.now()
  }

  async tick(): Promise<Fired[]> {
    if (this.running) return []
    this.running = true
    const now = this.clock.now()
    const from = this.last
    this.last = now
    const fired: Fired[] = []
    try {
      for (const name of this.host.names()) {
        for (const t of this.host.config(name).triggers ?? []) {
          if (t.type !== 'timer') continue
          const at = nextFire(this.cron(t.config), from, now)
          if (at === null) continue
          const Time = new Date(at).toISOString()
          const r = await this.host.invoke(
            name,
            { Type: 'Timer', TriggerName: t.name, Time, Message: '' },
            { source: 'timer', triggerName: t.name },
          )
          fired.push({ name, trigger: t.name, at: Time, ok: r.ok })
        }
      }
      const at = new Date(now).toISOString()
      for (const p of (await this.pushes?.deliverDue()) ?? [])
        fired.push({ name: p.to, trigger: `push:${p.event}`, at, ok: p.ok })
    } catch (err) {
      this.log(`[timer] ${String((err as Error).message)}`)
    } finally {
      this.running = false
    }
    return fired
  }

  private cron(expr: string): Cron {
    if (!this.cache.has(expr)) this.cache.set(expr, parseCron(expr))
    return this.cache.get(expr)!
  }
}

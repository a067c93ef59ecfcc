import fs from 'node:fs'
import type { Clock } from '../clock'
import { REPO } from '../config'
import type { FunctionHost } from './host'

/** A message push WeChat will send: its event body, when, and the user it is about. */
export interface Push {
  due: number
  event: Record<string, unknown> & { MsgType: string; Event?: string }
  openid: string
}

export interface Pushed {
  to: string
  event: string
  ok: boolean
}

interface Callback {
  msgType: string
  event?: string
  functionName: string
  enable?: boolean
}

/**
 * WeChat's message pushes to cloud functions (云开发 → 设置 → 消息推送, 推送模式 云函数), as
 * configured in cloudbase/message-push.json in the platform's function_config shape: each
 * <MsgType, Event> goes to one function, whose `event` is the push's JSON body. A push waits
 * until it is due (WeChat sends asynchronous results later) and is delivered by the timer loop
 * — every second on real time, or on POST /__emulator/tick with a frozen clock — as an
 * invocation no mini-program user makes: no client source, and OPENID the push's FromUserName,
 * as CloudBase hands a customer-service message to its function. A push whose function answers
 * with an error is not retried (WeChat retries only a server that does not answer at all).
 */
export class MessagePushes {
  private queue: Push[] = []

  constructor(
    private host: FunctionHost,
    private clock: Clock,
    private log: (line: string) => void,
  ) {}

  enqueue(push: Push): void {
    this.queue.push(push)
  }

  get pending(): number {
    return this.queue.length
  }

  /** Delivers every push that is due, oldest first. */
  async deliverDue(): Promise<Pushed[]> {
    const now = this.clock.now()
    const due = this.queue.filter((p) => p.due <= now).sort((a, b) => a.due - b.due)
    this.queue = this.queue.filter((p) => p.due > now)
    const out: Pushed[] = []
    for (const p of due) {
      const to = this.target(p.event.MsgType, p.event.Event ?? '')
      const kind = `${p.event.MsgType}/${p.event.Event ?? ''}`
      if (!to) {
        this.log(`[push] no function configured for ${kind}: dropped, as WeChat drops it`)
        continue
      }
      const r = await this.host.invoke(to, p.event, { source: 'push', openid: p.openid })
      out.push({ to, event: kind, ok: r.ok })
    }
    return out
  }

  /** Read at each delivery, so a test or an operator can change the routing while it runs. */
  private target(msgType: string, event: string): string | null {
    if (!fs.existsSync(REPO.messagePush)) return null
    const cfg = JSON.parse(fs.readFileSync(REPO.messagePush, 'utf8')) as {
      enable?: boolean
      callbacks?: Callback[]
    }
    if (cfg.enable === false) return null
    const hit = (cfg.callbacks ?? []).find(
      (c) => c.enable !== false && c.msgType === msgType && (c.event ?? '') === event,
    )
    return hit?.functionName ?? null
  }
}

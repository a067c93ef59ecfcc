import { AppError } from '../shared/errors'
import { LIMITS, limitMessage, type LimitName, type LimitRule } from '../shared/limits'
import type { ActionContext } from './context'
import { COLL, type Database } from './db'
import { webUser } from './identity'

/**
 * A fixed window per key, counted in the database (functions keep no memory between
 * invocations on different instances). Adds `cost` only while the window has room for it — one
 * conditional update, so of many concurrent calls exactly `max` get through — and otherwise throws
 * RATE_LIMITED, saying the rule and when to try again.
 */
export async function rateLimit(
  db: Database,
  key: string,
  rule: LimitRule,
  now: Date,
  cost = 1,
): Promise<void> {
  const windowMs = rule.windowMin * 60_000
  const slot = Math.floor(now.getTime() / windowMs)
  const id = `${key}:${rule.windowMin}:${slot}`
  const _ = db.command
  const bump = async () =>
    (
      await db
        .collection(COLL.rateLimits)
        .where({ _id: id, n: _.lte(rule.max - cost) })
        .update({ data: { n: _.inc(cost) } })
    ).stats.updated === 1
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await bump()) return
    const { data } = await db.collection(COLL.rateLimits).where({ _id: id }).limit(1).get()
    const n = (data[0] as { n?: number } | undefined)?.n
    if (n !== undefined) {
      if (n + cost > rule.max) break
      continue // the window was opened by a concurrent call after our bump: bump again
    }
    if (cost > rule.max) break
    try {
      await db.collection(COLL.rateLimits).add({ data: { _id: id, n: cost, at: now } })
      return
    } catch {
      // opened by a concurrent call in the meantime: bump again
    }
  }
  const left = Math.ceil(((slot + 1) * windowMs - now.getTime()) / 60_000)
  throw new AppError('RATE_LIMITED', limitMessage(rule, left))
}

/**
 * The caller's address as the platform gives it (CLIENTIP; the emulator sets it from the
 * connection), or '' when there is none (a timer, a server-side call).
 */
export function clientIp(ctx: Pick<ActionContext, 'cloud'>): string {
  const ip = (ctx.cloud.getWXContext() as { CLIENTIP?: unknown; CLIENTIPV6?: unknown }) ?? {}
  const v = ip.CLIENTIP || ip.CLIENTIPV6
  // A web caller of the HTTP API has its address in TCB_SOURCE_IP (node-sdk's getClientIP).
  return typeof v === 'string' && v ? v : webUser().ip
}

/**
 * Counts this call against the named rules of the table (src/shared/limits.ts): `user` rules by
 * the caller's OPENID, `ip` rules by their address; a rule with no key to count by is skipped.
 */
export async function enforceLimits(
  ctx: Pick<ActionContext, 'cloud' | 'db' | 'openid' | 'now'>,
  names: readonly LimitName[],
  cost = 1,
): Promise<void> {
  const ip = clientIp(ctx)
  const now = ctx.now()
  for (const name of names) {
    const rule = LIMITS[name]
    const who = rule.per === 'user' ? ctx.openid : ip
    if (who) await rateLimit(ctx.db, `${name}:${who}`, rule, now, cost)
  }
}

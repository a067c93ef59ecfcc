import { AppError } from '../shared/errors'
import { COLL, type Database } from './db'

/**
 * A fixed one-minute window per key, counted in the database (functions keep no memory between
 * invocations on different instances). Throws RATE_LIMITED past `perMinute` calls.
 */
export async function rateLimit(
  db: Database,
  key: string,
  perMinute: number,
  now: Date,
): Promise<void> {
  const id = `${key}:${Math.floor(now.getTime() / 60_000)}`
  const _ = db.command
  const bump = () =>
    db
      .collection(COLL.rateLimits)
      .where({ _id: id })
      .update({ data: { n: _.inc(1) } })
  let r = await bump()
  if (r.stats.updated === 0) {
    try {
      await db.collection(COLL.rateLimits).add({ data: { _id: id, n: 1, at: now } })
    } catch {
      r = await bump() // created by a concurrent call in the meantime
    }
  }
  const { data } = await db.collection(COLL.rateLimits).where({ _id: id }).limit(1).get()
  if (((data[0] as { n?: number } | undefined)?.n ?? 0) > perMinute)
    throw new AppError('RATE_LIMITED', '查询太频繁，请一分钟后再试')
}

import type { Ctx } from '../context'
import { HttpError } from '../http'
import { authOf } from './files'

const NAME = /^[A-Za-z][\w-]{0,63}$/
type Plain = string | number | boolean

/**
 * POST /api/database/query {collection, query, limit} — a client's direct database read, the
 * way CloudBase's client SDKs read (`db.collection(c).where(q).limit(n).get()`). As on CloudBase,
 * the collection's security rule judges the query itself (`doc` is its conditions: a rule on
 * `doc.toOpenid` passes only a query that asks for the caller's own), before anything is read.
 * Only plain equality conditions: that is all any feature needs.
 */
export async function clientQuery(ctx: Ctx, body: unknown, openid: string) {
  const { collection, query = {}, limit = 20 } = (body ?? {}) as Record<string, unknown>
  const plain =
    query !== null &&
    typeof query === 'object' &&
    !Array.isArray(query) &&
    Object.entries(query).every(
      ([k, v]) =>
        /^[A-Za-z_]\w{0,63}$/.test(k) && ['string', 'number', 'boolean'].includes(typeof v),
    )
  if (typeof collection !== 'string' || !NAME.test(collection) || !plain)
    throw new HttpError(400, 'INVALID_QUERY', '查询须为 {collection, query: {字段: 值}}')
  if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > 100)
    throw new HttpError(400, 'INVALID_QUERY', 'limit 须为 1–100')
  const conditions = query as Record<string, Plain>
  if (!ctx.rules.database(collection, 'read', authOf(openid), conditions))
    throw new HttpError(403, 'DATABASE_PERMISSION_DENIED', '没有权限读取这些数据')
  return { data: await ctx.db.find(collection, { query: conditions, limit: limit as number }) }
}

import { COLL } from '@server/db'
import { callerStreetId } from '@server/street-scope'
import { mintKey, type ApiKeyDoc } from '@server/open311/keys'
import type { Action } from '@server/router'
import { id as checkId } from '@shared/checks'
import { AppError } from '@shared/errors'

/** Keys a street may hold at once: one per outside system, a handful in practice. */
const MAX_KEYS = 20

/** `grid.apiKeys` (street office): the street's Open311 keys, newest first, without secrets. */
export const apiKeys: Action<'grid.apiKeys'> = {
  roles: ['office'],
  async handle(ctx) {
    const streetId = await callerStreetId(ctx)
    const { data } = await ctx.db.collection(COLL.apiKeys).where({ streetId }).limit(100).get()
    const keys = (data as ApiKeyDoc[])
      .sort((a, b) => +new Date(b.createdAt) - +new Date(a.createdAt))
      .map((k) => ({
        id: k._id,
        name: k.name,
        createdAt: new Date(k.createdAt).toISOString(),
        revoked: !!k.revokedAt,
      }))
    return { keys }
  },
}

/** `grid.issueApiKey` (street office): a key for one outside system; the secret is shown once. */
export const issueApiKey: Action<'grid.issueApiKey', { name: string }> = {
  roles: ['office'],
  validate(payload) {
    // Only a string: String() of a hostile object throws, or stores "[object Object]".
    const raw = (payload as { name?: unknown } | null)?.name
    const name = typeof raw === 'string' ? raw.trim() : ''
    if (!name || [...name].length > 30)
      throw new AppError('INVALID_INPUT', '请填写对接系统名称（1–30 字），如 区12345热线', {
        name: '请填写 1–30 字的系统名称',
      })
    return { name }
  },
  async handle(ctx, { name }) {
    const streetId = await callerStreetId(ctx)
    const { total } = await ctx.db
      .collection(COLL.apiKeys)
      .where({ streetId, revokedAt: null })
      .count()
    if (total >= MAX_KEYS)
      throw new AppError('CONFLICT', `每个街道至多 ${MAX_KEYS} 个有效密钥，请先停用不用的`)
    const { doc, key } = mintKey(streetId, name, ctx.now())
    const { _id, ...data } = doc
    await ctx.db
      .collection(COLL.apiKeys)
      .doc(_id)
      .set({ data: { ...data, revokedAt: null, issuedBy: ctx.openid } })
    return { id: _id, key }
  },
}

/** `grid.revokeApiKey` (street office): the key stops working at the next request. */
export const revokeApiKey: Action<'grid.revokeApiKey', { id: string }> = {
  roles: ['office'],
  validate: (payload) => ({ id: checkId((payload as { id?: unknown })?.id, '密钥编号不正确') }),
  async handle(ctx, { id }) {
    const streetId = await callerStreetId(ctx)
    const r = await ctx.db
      .collection(COLL.apiKeys)
      .where({ _id: id, streetId })
      .update({ data: { revokedAt: ctx.now() } })
    if (!r.stats.updated) throw new AppError('NOT_FOUND', '没有这个密钥')
    return { id }
  },
}

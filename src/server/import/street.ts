import type { ActionContext } from '../context'
import { COLL } from '../db'

/**
 * The street an office's import goes into. Until the tenancy work (src/server/street-scope.ts,
 * `callerStreetId`) lands, that is the caller's `users.streetId` when set, else the only street
 * (the demo 海北街道). WIRE: replace the body with `return callerStreetId(ctx)`.
 */
export async function importStreetId(ctx: ActionContext): Promise<string> {
  const own = (ctx.user as { streetId?: string } | null)?.streetId
  if (own) return own
  const { data } = await ctx.db.collection(COLL.streets).limit(1).get()
  return (data[0] as { _id: string } | undefined)?._id ?? ''
}

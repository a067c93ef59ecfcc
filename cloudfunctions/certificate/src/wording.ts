import { requireStreet, storeWording, wordingView } from '@server/certificates/wording'
import type { Action } from '@server/router'
import { callerStreetId } from '@server/street-scope'
import { validateWording } from '@shared/certificates'

/** `certificate.wording` (street office): its street's 出具单位 and certificate texts. */
export const wording: Action<'certificate.wording'> = {
  roles: ['office'],
  async handle(ctx) {
    return wordingView(await requireStreet(ctx.db, await callerStreetId(ctx)))
  },
}

/**
 * `certificate.saveWording` (street office): its own street's wording — the street comes from the
 * caller (street-scope.ts), never from the input. Certificates issued from now on carry it.
 */
export const saveWording: Action<'certificate.saveWording'> = {
  roles: ['office'],
  validate: validateWording,
  async handle(ctx, w) {
    const streetId = await callerStreetId(ctx)
    await storeWording(ctx.db, streetId, w, ctx.now())
    return wordingView(await requireStreet(ctx.db, streetId))
  },
}

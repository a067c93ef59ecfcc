import { phraseBook, savePhrases as save } from '@server/phrases'
import type { Action } from '@server/router'
import { callerStreetId } from '@server/street-scope'
import { validateSavePhrases } from '@shared/phrases'

/** `sla.phrases`: the 常用语 of the actions the caller writes a note or reason for. */
export const phrases: Action<'sla.phrases'> = {
  roles: ['grid_worker', 'property_staff', 'office'],
  handle: async (ctx) => phraseBook(ctx.db, ctx.role, await callerStreetId(ctx)),
}

/** `sla.savePhrases`: the street office replaces one action's list (add, edit, delete, reorder). */
export const savePhrases: Action<'sla.savePhrases'> = {
  roles: ['office'],
  validate: validateSavePhrases,
  async handle(ctx, s) {
    const streetId = await callerStreetId(ctx)
    await save(ctx.db, streetId, s, ctx.now())
    return phraseBook(ctx.db, ctx.role, streetId)
  },
}

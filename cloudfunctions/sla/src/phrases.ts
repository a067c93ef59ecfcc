import { phraseBook, savePhrases as save } from '@server/phrases'
import type { Action } from '@server/router'
import { validateSavePhrases } from '@shared/phrases'

/** `sla.phrases`: the 常用语 of the actions the caller writes a note or reason for. */
export const phrases: Action<'sla.phrases'> = {
  roles: ['grid_worker', 'property_staff', 'office'],
  handle: ({ db, role }) => phraseBook(db, role),
}

/** `sla.savePhrases`: the street office replaces one action's list (add, edit, delete, reorder). */
export const savePhrases: Action<'sla.savePhrases'> = {
  roles: ['office'],
  validate: validateSavePhrases,
  async handle({ db, now, role }, s) {
    await save(db, s, now())
    return phraseBook(db, role)
  },
}

import { COLL } from '@server/db'
import type { Action } from '@server/router'
import { allStreets, callerScope, findStreet } from '@server/street-scope'
import type { StreetBrief } from '@shared/contracts/street-import'
import { AppError } from '@shared/errors'
import { reportPrefixOf, type Street } from '@shared/streets'
import { streetIdOf, validateNewStreet, type NewStreet } from '@shared/street-onboard'

const brief = (s: Street): StreetBrief => ({ id: s._id, name: s.name, code: reportPrefixOf(s) })

/** `grid.streets`: the streets an import can go into — the district's every one, an office's own. */
export const streets: Action<'grid.streets'> = {
  roles: ['office', 'district'],
  async handle(ctx) {
    const scope = await callerScope(ctx)
    if (scope.kind === 'district') return { streets: (await allStreets(ctx.db)).map(brief) }
    const own = scope.kind === 'street' ? await findStreet(ctx.db, scope.streetId) : null
    return { streets: own ? [brief(own)] : [] }
  },
}

/**
 * `grid.createStreet` (district): a new street, empty until its spreadsheet is imported
 * (grid.importStreet). Its name and code are unique in the district: the code opens its report
 * numbers (a street without one counts as `BS`, so BS is taken by such a street), and the id is
 * made from the code, so two creations of one code at once collide on the id and one fails.
 */
export const createStreet: Action<'grid.createStreet', NewStreet> = {
  roles: ['district'],
  validate: validateNewStreet,
  async handle(ctx, { name, code }) {
    const existing = await allStreets(ctx.db)
    if (existing.some((s) => s.name === name))
      throw new AppError('CONFLICT', `已有名为“${name}”的街道`, { name: '街道名称已被使用' })
    const taken = existing.find((s) => reportPrefixOf(s) === code)
    if (taken)
      throw new AppError('CONFLICT', `代码 ${code} 已由${taken.name}使用，请换一个`, {
        code: '街道代码已被使用',
      })
    const id = streetIdOf(code)
    const street = { name, code, createdAt: ctx.now(), createdBy: ctx.openid }
    try {
      await ctx.db.collection(COLL.streets).add({ data: { _id: id, ...street } })
    } catch {
      // The id is the code's: another creation of this code won in between.
      throw new AppError('CONFLICT', `代码 ${code} 已被使用，请换一个`, {
        code: '街道代码已被使用',
      })
    }
    return { id, name, code }
  },
}

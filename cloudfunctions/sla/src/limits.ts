import type { Action } from '@server/router'
import { saveSlaSettings, slaSettings } from '@server/settings'
import { callerStreetId, callerStreetIdIfAny } from '@server/street-scope'
import { AppError } from '@shared/errors'
import { validateTimeLimitTable } from '@shared/reports'

/**
 * `sla.limits`: the time limits and the auto-close delay of the caller's street (the district's
 * defaults for staff without one), for everyone who works reports.
 */
export const limits: Action<'sla.limits'> = {
  roles: ['grid_worker', 'property_staff', 'office'],
  handle: async (ctx) => slaSettings(ctx.db, await callerStreetIdIfAny(ctx)),
}

/**
 * `sla.setLimits`: a street's office edits its own street's; its new reports get them, other
 * streets keep theirs.
 */
export const setLimits: Action<'sla.setLimits'> = {
  roles: ['office'],
  validate(p) {
    const v = (p ?? {}) as { limits?: unknown; autoCloseDays?: unknown }
    const days = v.autoCloseDays
    if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > 30) {
      throw new AppError('INVALID_INPUT', '自动办结天数须为 1–30 天', {
        autoCloseDays: '请填写 1–30 天',
      })
    }
    return { limits: validateTimeLimitTable(v.limits), autoCloseDays: days as number }
  },
  async handle(ctx, s) {
    await saveSlaSettings(ctx.db, await callerStreetId(ctx), s, ctx.now())
    return s
  },
}

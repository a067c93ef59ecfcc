import type { Action } from '@server/router'
import { saveSlaSettings, slaSettings } from '@server/settings'
import { AppError } from '@shared/errors'
import { validateTimeLimitTable } from '@shared/reports'

/** `sla.limits`: the time limits and the auto-close delay, for everyone who works reports. */
export const limits: Action<'sla.limits'> = {
  roles: ['grid_worker', 'property_staff', 'office'],
  handle: ({ db }) => slaSettings(db),
}

/** `sla.setLimits`: the street office edits them; new reports get the new limits. */
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
  async handle({ db, now }, s) {
    await saveSlaSettings(db, s, now())
    return s
  },
}

import { catalogueEntry, loadCatalogue } from '@server/certificates/catalogue'
import { COLL } from '@server/db'
import type { Action } from '@server/router'
import { saveWorkCalendar, workCalendar } from '@server/settings'
import { isCertificateTypeKey } from '@shared/certificates'
import type { CatalogueSettings } from '@shared/contracts/certificate'
import { AppError } from '@shared/errors'
import { validateCalendar } from '@shared/time'

/** `certificate.catalogue`: public, like a 办事指南 on the wall of the service hall. */
export const catalogue: Action<'certificate.catalogue'> = {
  roles: 'anyone',
  async handle(ctx) {
    return { types: await loadCatalogue(ctx.db) }
  },
}

function settings(p: unknown): CatalogueSettings {
  const v = (p ?? {}) as Record<string, unknown>
  const f: Record<string, string> = {}
  if (!isCertificateTypeKey(v.key)) f.key = '没有这种证明'
  if (typeof v.enabled !== 'boolean') f.enabled = '请选择是否开放办理'
  const int = (k: string, lo: number, hi: number, label: string) => {
    const n = v[k]
    if (!Number.isInteger(n) || (n as number) < lo || (n as number) > hi)
      f[k] = `${label}应为 ${lo}–${hi} 之间的整数`
  }
  int('timeLimitDays', 1, 30, '办结时限（工作日）')
  int('validityMonths', 1, 24, '有效期（月）')
  if (typeof v.promiseAllowed !== 'boolean') f.promiseAllowed = '请选择是否允许告知承诺'
  const first = Object.values(f)[0]
  if (first) throw new AppError('INVALID_INPUT', first, f)
  return v as unknown as CatalogueSettings
}

/** `certificate.saveType` (street office): open or pause a type, its time limit and validity. */
export const saveType: Action<'certificate.saveType'> = {
  roles: ['office'],
  validate: settings,
  async handle(ctx, s) {
    const { key, enabled, timeLimitDays, validityMonths, promiseAllowed } = s
    await ctx.db
      .collection(COLL.certificateTypes)
      .doc(key)
      .set({
        data: { enabled, timeLimitDays, validityMonths, promiseAllowed, updatedAt: ctx.now() },
      })
    return { type: await catalogueEntry(ctx.db, key) }
  },
}

/** `certificate.calendar` (street office): the working-day calendar time limits are counted in. */
export const calendar: Action<'certificate.calendar'> = {
  roles: ['office'],
  handle: ({ db }) => workCalendar(db),
}

/**
 * `certificate.saveCalendar` (street office): the holidays and 调休 working days, as published by
 * the State Council each year. Applications made from now on count their limit with it.
 */
export const saveCalendar: Action<'certificate.saveCalendar'> = {
  roles: ['office'],
  validate: validateCalendar,
  async handle({ db, now }, c) {
    await saveWorkCalendar(db, c, now())
    return c
  },
}

import { catalogueEntry, loadCatalogue, saveCatalogueType } from '@server/certificates/catalogue'
import type { Action } from '@server/router'
import { saveWorkCalendar, workCalendar } from '@server/settings'
import { callerStreetId, callerStreetIdIfAny } from '@server/street-scope'
import { isCertificateTypeKey } from '@shared/certificates'
import type { CatalogueSettings } from '@shared/contracts/certificate'
import { AppError } from '@shared/errors'
import { validateCalendar } from '@shared/time'

/**
 * `certificate.catalogue`: public, like a 办事指南 on the wall of the service hall — the caller's
 * street's, or the district's for a caller without a street.
 */
export const catalogue: Action<'certificate.catalogue'> = {
  roles: 'anyone',
  async handle(ctx) {
    return { types: await loadCatalogue(ctx.db, await callerStreetIdIfAny(ctx)) }
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

/**
 * `certificate.saveType` (street office): open or pause a type, its time limit and validity —
 * for the office's own street only (street-scope.ts); other streets keep theirs.
 */
export const saveType: Action<'certificate.saveType'> = {
  roles: ['office'],
  validate: settings,
  async handle(ctx, s) {
    const streetId = await callerStreetId(ctx)
    await saveCatalogueType(ctx.db, streetId, s, ctx.now())
    return { type: await catalogueEntry(ctx.db, s.key, streetId) }
  },
}

/** `certificate.calendar` (street office): the working-day calendar its time limits count in. */
export const calendar: Action<'certificate.calendar'> = {
  roles: ['office'],
  handle: async (ctx) => workCalendar(ctx.db, await callerStreetId(ctx)),
}

/**
 * `certificate.saveCalendar` (street office): the holidays and 调休 working days, as published by
 * the State Council each year. Its street's applications made from now on count with it.
 */
export const saveCalendar: Action<'certificate.saveCalendar'> = {
  roles: ['office'],
  validate: validateCalendar,
  async handle(ctx, c) {
    await saveWorkCalendar(ctx.db, await callerStreetId(ctx), c, ctx.now())
    return c
  },
}

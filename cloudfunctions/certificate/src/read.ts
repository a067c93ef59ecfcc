import type { ActionDef } from '../../../src/server/router'
import { APPLICATIONS, type StoredApplication } from '../../../src/server/certificates/model'
import { toAppSummary } from '../../../src/server/certificates/view'
import type { CertificateActions } from '../../../src/shared/contracts/certificate'
import { AppError } from '../../../src/shared/errors'
import { detailOf, loadVisible } from './load'

type A = CertificateActions
export const PAGE = 20

export function pageOf(p: unknown): number {
  const page = (p as { page?: unknown } | null)?.page ?? 1
  if (!Number.isInteger(page) || (page as number) < 1 || (page as number) > 1000)
    throw new AppError('INVALID_INPUT', '页码不正确')
  return page as number
}

/** `certificate.listMine`: the caller's applications, newest first. */
export const listMine: ActionDef<{ page: number }, A['certificate.listMine']['res']> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  validate: (p) => ({ page: pageOf(p) }),
  async handle(ctx, { page }) {
    const { data } = await ctx.db
      .collection(APPLICATIONS)
      .where({ applicantOpenid: ctx.openid })
      .orderBy('createdAt', 'desc')
      .skip((page - 1) * PAGE)
      .limit(PAGE + 1)
      .get()
    const rows = data as StoredApplication[]
    return {
      items: rows.slice(0, PAGE).map((a) => toAppSummary(a, ctx)),
      hasMore: rows.length > PAGE,
    }
  },
}

/** `certificate.get`: for the applicant and the street office only (ID unmasked for the office). */
export const get: ActionDef<{ id: string }, A['certificate.get']['res']> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  async handle(ctx, p) {
    return detailOf(ctx, await loadVisible(ctx, (p as { id?: unknown })?.id))
  },
}

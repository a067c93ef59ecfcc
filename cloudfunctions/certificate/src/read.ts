import type { StoredApplication } from '@server/certificates/model'
import { toAppSummary } from '@server/certificates/view'
import { COLL, paged } from '@server/db'
import type { Action } from '@server/router'
import { page } from '@shared/checks'
import { applicationId, detailOf, loadReadable } from './load'

export const PAGE = 20

/** `certificate.listMine`: the caller's applications, newest first. */
export const listMine: Action<'certificate.listMine', { page: number }> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  validate: (p) => ({ page: page((p as { page?: unknown } | null)?.page) }),
  async handle(ctx, { page }) {
    const query = ctx.db
      .collection(COLL.applications)
      .where({ applicantOpenid: ctx.openid })
      .orderBy('createdAt', 'desc')
    const { rows, hasMore } = await paged<StoredApplication>(query, page, PAGE)
    return { items: rows.map((a) => toAppSummary(a, ctx)), hasMore }
  },
}

/**
 * `certificate.get`: for the applicant and the street office (ID unmasked for the office), and
 * for the grid worker who filed it (代办) while they hold the applicant's grid.
 */
export const get: Action<'certificate.get'> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  validate: (p) => ({ id: applicationId((p as { id?: unknown } | null)?.id) }),
  async handle(ctx, { id }) {
    const { a, filer } = await loadReadable(ctx, id)
    return detailOf(ctx, a, filer)
  },
}

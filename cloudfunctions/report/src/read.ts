import { COLL, paged } from '@server/db'
import { requireViewable, viewerOf } from '@server/reports/access'
import { findReport, type StoredReport } from '@server/reports/model'
import { toDetail, toSummary } from '@server/reports/view'
import type { Action } from '@server/router'
import { id, page } from '@shared/checks'
import { AppError } from '@shared/errors'

const EVERYONE = ['resident', 'grid_worker', 'property_staff', 'office', 'district'] as const

/** page 1–1000, pageSize 1–50 (default 20). */
export function validatePage(p: unknown): { page: number; pageSize: number } {
  const { page: n, pageSize = 20 } = (p ?? {}) as { page?: unknown; pageSize?: unknown }
  if (!Number.isInteger(pageSize) || (pageSize as number) < 1 || (pageSize as number) > 50) {
    throw new AppError('INVALID_INPUT', '每页条数须为 1–50')
  }
  return { page: page(n), pageSize: pageSize as number }
}

export const validateId = (p: unknown) => ({
  id: id((p as { id?: unknown } | null)?.id, '报事编号不正确'),
})

/** `report.listMine`: what I filed and what I follow (也遇到了), newest first, paged. */
export const listMine: Action<'report.listMine', { page: number; pageSize: number }> = {
  roles: EVERYONE,
  validate: validatePage,
  async handle(ctx, { page, pageSize }) {
    const _ = ctx.db.command
    const query = ctx.db
      .collection(COLL.reports)
      .where(_.or([{ reporterOpenid: ctx.openid }, { followers: ctx.openid }]))
      .orderBy('createdAt', 'desc')
    const { rows, hasMore } = await paged<StoredReport>(query, page, pageSize)
    return { items: rows.map((r) => toSummary(r, ctx)), hasMore }
  },
}

/** `report.get`: the whole report with its timeline, for those who may see it. */
export const get: Action<'report.get', { id: string }> = {
  roles: EVERYONE,
  validate: validateId,
  async handle(ctx, { id }) {
    const v = await viewerOf(ctx)
    return toDetail(requireViewable(await findReport(ctx.db, id), v), v)
  },
}

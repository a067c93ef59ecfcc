import type { ActionDef } from '../../../src/server/router'
import { requireViewable, viewerOf } from '../../../src/server/reports/access'
import { REPORTS, type StoredReport } from '../../../src/server/reports/model'
import { toDetail, toSummary } from '../../../src/server/reports/view'
import type { ReportActions } from '../../../src/shared/contracts/report'
import { AppError } from '../../../src/shared/errors'
import { getReport } from './lookups'

type A = ReportActions
const EVERYONE = ['resident', 'grid_worker', 'property_staff', 'office'] as const

/** page ≥ 1, pageSize 1–50 (default 20). */
export function validatePage(p: unknown): { page: number; pageSize: number } {
  const { page = 1, pageSize = 20 } = (p ?? {}) as { page?: unknown; pageSize?: unknown }
  if (!Number.isInteger(page) || (page as number) < 1)
    throw new AppError('INVALID_INPUT', '页码不正确')
  if (!Number.isInteger(pageSize) || (pageSize as number) < 1 || (pageSize as number) > 50) {
    throw new AppError('INVALID_INPUT', '每页条数须为 1–50')
  }
  return { page: page as number, pageSize: pageSize as number }
}

export function validateId(p: unknown): { id: string } {
  const id = (p as { id?: unknown })?.id
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id))
    throw new AppError('INVALID_INPUT', '报事编号不正确')
  return { id }
}

/** `report.listMine`: what I filed and what I follow (也遇到了), newest first, paged. */
export const listMine: ActionDef<{ page: number; pageSize: number }, A['report.listMine']['res']> =
  {
    roles: EVERYONE,
    validate: validatePage,
    async handle(ctx, { page, pageSize }) {
      const _ = ctx.db.command
      const { data } = await ctx.db
        .collection(REPORTS)
        .where(_.or([{ reporterOpenid: ctx.openid }, { followers: ctx.openid }]))
        .orderBy('createdAt', 'desc')
        .skip((page - 1) * pageSize)
        .limit(pageSize + 1)
        .get()
      const rows = data as StoredReport[]
      return {
        items: rows.slice(0, pageSize).map((r) => toSummary(r, ctx)),
        hasMore: rows.length > pageSize,
      }
    },
  }

/** `report.get`: the whole report with its timeline, for those who may see it. */
export const get: ActionDef<{ id: string }, A['report.get']['res']> = {
  roles: EVERYONE,
  validate: validateId,
  async handle(ctx, { id }) {
    const v = await viewerOf(ctx)
    return toDetail(requireViewable(await getReport(ctx.db, id), v), v)
  },
}

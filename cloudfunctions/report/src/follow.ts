import { COLL } from '@server/db'
import { findReport, type StoredReport } from '@server/reports/model'
import { resolvePlace } from '@server/reports/routing'
import { toSummary } from '@server/reports/view'
import type { Action } from '@server/router'
import { visibleStreetId } from '@server/street-scope'
import { AppError } from '@shared/errors'
import { distanceMeters } from '@shared/grid'
import { isOpenState, validateNearbyInput } from '@shared/reports'
import { validateId } from './read'

/** "Same place" for duplicates: the same building, or within this distance. */
export const DUPLICATE_RADIUS_M = 50

/** `report.nearby`: open reports of this category here, so the resident can join one instead. */
export const nearby: Action<'report.nearby'> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  validate: validateNearbyInput,
  async handle(ctx, input) {
    const place = await resolvePlace(ctx.db, input.location)
    // Only the caller's street's reports (street-scope.ts): a place in another street shows none.
    const street = await visibleStreetId(ctx)
    if (street !== undefined && place.grid.streetId !== street) return { items: [] }
    const { data } = await ctx.db
      .collection(COLL.reports)
      .where({ 'place.gridId': place.grid._id, categoryKey: input.categoryKey })
      .orderBy('createdAt', 'desc')
      .limit(100)
      .get()
    const here = (data as StoredReport[]).filter(
      (r) =>
        isOpenState(r.state) &&
        (street === undefined || r.streetId === street) &&
        ((place.building && r.place.buildingId === place.building._id) ||
          (place.point &&
            r.place.point &&
            distanceMeters(place.point, r.place.point) <= DUPLICATE_RADIUS_M)),
    )
    return { items: here.slice(0, 5).map((r) => toSummary(r, ctx)) }
  },
}

/** `report.follow` (也遇到了 +1): the caller gets the report's updates; the handler sees one more voice. */
export const follow: Action<'report.follow'> = {
  roles: ['resident'],
  validate: validateId,
  async handle(ctx, { id }) {
    const r = await findReport(ctx.db, id)
    if (!r) throw new AppError('NOT_FOUND', '报事不存在或已删除')
    if (r.reporterOpenid === ctx.openid) throw new AppError('CONFLICT', '这是您自己提交的报事')
    if (!isOpenState(r.state)) throw new AppError('CONFLICT', '该报事已办结，如问题仍在请重新提交')
    if (r.followers.includes(ctx.openid)) return { followers: r.followers.length }
    const _ = ctx.db.command
    const event = {
      at: ctx.now(),
      action: 'follow',
      byOpenid: ctx.openid,
      byRole: ctx.role,
      byName: ctx.user?.name ?? '',
    }
    // Conditional on "not yet a follower": a double tap adds one follower and one event.
    await ctx.db
      .collection(COLL.reports)
      .where({ _id: id, followers: _.neq(ctx.openid) })
      .update({
        data: { followers: _.addToSet(ctx.openid), events: _.push(event), updatedAt: ctx.now() },
      })
    const after = await findReport(ctx.db, id)
    return { followers: after?.followers.length ?? r.followers.length + 1 }
  },
}

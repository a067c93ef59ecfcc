import type { UserDoc } from '@server/context'
import { COLL, findById, loadAll } from '@server/db'
import type { Action } from '@server/router'
import { callerStreetId } from '@server/street-scope'
import { AppError } from '@shared/errors'

/** Staff the office keeps here; grid workers are kept with their grid (grid.retireWorker). */
const KEPT = ['property_staff', 'office'] as const

/** `grid.staff` (street office): property staff and office staff, to see and remove them. */
export const staff: Action<'grid.staff'> = {
  roles: ['office'],
  async handle(ctx) {
    const { db } = ctx
    const _ = db.command
    // The office's own street's staff only (street-scope.ts).
    const streetId = await callerStreetId(ctx)
    const [rows, companies] = await Promise.all([
      loadAll<UserDoc>(db, COLL.users, { role: _.in([...KEPT]), streetId }),
      loadAll<{ _id: string; name: string }>(db, COLL.propertyCompanies, { streetId }),
    ])
    const names = new Map(companies.map((c) => [c._id, c.name]))
    return {
      staff: rows.map((u) => ({
        openid: u._id,
        name: u.name,
        role: u.role as (typeof KEPT)[number],
        companyName: u.companyId ? (names.get(u.companyId) ?? '') : '',
      })),
    }
  },
}

/**
 * `grid.retireStaff` (street office): a property staff member or an office colleague leaves and
 * becomes a resident. Access follows at once: who may act on a report is decided from the
 * caller's current role and company when they act (isCurrentHandler), so their company's open
 * reports stay with the colleagues who remain. An office member cannot remove themselves (the
 * street would risk having no office at all).
 */
export const retireStaff: Action<'grid.retireStaff'> = {
  roles: ['office'],
  validate(p) {
    const openid = (p as { openid?: unknown } | null)?.openid
    if (typeof openid !== 'string' || !openid || openid.length > 64)
      throw new AppError('INVALID_INPUT', '请选择工作人员')
    return { openid }
  },
  async handle(ctx, { openid }) {
    const { db, openid: me, now } = ctx
    if (openid === me) throw new AppError('CONFLICT', '不能移除自己，请由其他街道工作人员操作')
    const u = await findById<UserDoc>(db, COLL.users, openid)
    const streetId = await callerStreetId(ctx)
    // Another street's staff are, for this office, nobody it knows.
    if (!u || !(KEPT as readonly string[]).includes(u.role) || u.streetId !== streetId)
      throw new AppError('NOT_FOUND', '没有这位物业或街道工作人员')
    await db
      .collection(COLL.users)
      .doc(openid)
      .update({ data: { role: 'resident', companyId: '', retiredAt: now() } })
    return { openid }
  },
}

import type { UserDoc } from '@server/context'
import { COLL } from '@server/db'
import { requireBuilding } from '@server/places'
import { requireInScope } from '@server/street-scope'
import type { Action } from '@server/router'
import { id } from '@shared/checks'
import type { ResidentAtAddress } from '@shared/contracts/user'
import { AppError } from '@shared/errors'
import { maskPhone } from '@shared/identity'
import { heldGrids } from '@shared/reports'

interface Req {
  buildingId: string
  unit: string
  room: string
}

function validate(p: unknown): Req {
  const v = (p ?? {}) as Record<string, unknown>
  const part = (x: unknown) => (typeof x === 'string' ? x.trim().slice(0, 20) : '')
  return { buildingId: id(v.buildingId, '请选择楼栋'), unit: part(v.unit), room: part(v.room) }
}

/**
 * `user.residentsAt` (grid worker, office): 代办's look-up — the residents whose bound home is at
 * an address (a building, optionally unit and room), so staff can file for one of them. A grid
 * worker looks up only the grids they hold now. The name is shown whole (they handle the
 * resident's matter, like a handler in src/shared/privacy.ts), the phone masked: enough to
 * confirm on the phone whom they speak to; the full number stays on the record it is filed on.
 */
export const residentsAt: Action<'user.residentsAt', Req> = {
  roles: ['grid_worker', 'office'],
  validate,
  async handle(ctx, { buildingId, unit, room }) {
    const found = await requireBuilding(ctx.db, buildingId)
    // The office looks up its own street's buildings only (another street's: as if none).
    const b = ctx.role === 'office' ? await requireInScope(ctx, found, '没有找到这栋楼') : found
    if (ctx.role !== 'office' && !heldGrids(ctx).includes(b.gridId))
      throw new AppError('FORBIDDEN', '只能查找本网格（含代班网格）的居民')
    const { data } = await ctx.db
      .collection(COLL.users)
      .where({ 'address.buildingId': buildingId })
      .limit(100)
      .get()
    const items: ResidentAtAddress[] = (data as UserDoc[])
      .filter((u) => u.role === 'resident' && u.address)
      .filter((u) => (!unit || u.address!.unit === unit) && (!room || u.address!.room === room))
      .slice(0, 20)
      .map((u) => ({
        openid: u._id,
        name: u.name || '（未填姓名）',
        phone: u.phone ? maskPhone(u.phone) : '',
        address: [b.name, u.address!.unit, u.address!.room].filter(Boolean).join(' '),
      }))
    return { items }
  },
}

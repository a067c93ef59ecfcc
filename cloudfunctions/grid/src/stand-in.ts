import type { ActionContext, UserDoc } from '@server/context'
import { COLL, findById } from '@server/db'
import { notify } from '@server/notify'
import { getGrid } from '@server/places'
import { platformClock, type Action } from '@server/router'
import { requireInScope } from '@server/street-scope'
import { id } from '@shared/checks'
import type { StandInView } from '@shared/contracts/grid'
import { AppError } from '@shared/errors'
import { validateStandIn, type StandInRequest } from '@shared/grid/stand-in'
import { pageUrl } from '@shared/routes'
import { beijingDay } from '@shared/time'

/**
 * 代班: a grid worker on leave hands their grid to a stand-in the office names, for Beijing days
 * from–to. The record is on the stand-in's user row; who may act is still decided when they act
 * (heldGrids in src/shared/reports/state.ts): on those days the stand-in sees the grid's tasks,
 * acts on them and gets its new-task notices; the day after, the grid is the worker's alone.
 */

/** Those standing in (or booked to stand in) for a grid whose period has not ended. */
async function booked(ctx: ActionContext, gridId: string): Promise<UserDoc[]> {
  const today = beijingDay(ctx.now())
  const { data } = await ctx.db
    .collection(COLL.users)
    .where({ 'standIn.gridId': gridId })
    .limit(20)
    .get()
  return (data as UserDoc[]).filter((u) => u.standIn && u.standIn.to >= today)
}

/** A grid of the office's own street; another street's is NOT_FOUND (street-scope.ts). */
const streetGrid = async (ctx: ActionContext, gridId: string) =>
  requireInScope(ctx, await getGrid(ctx.db, gridId), '没有找到这个网格')

async function clear(ctx: ActionContext, users: UserDoc[]): Promise<void> {
  for (const u of users)
    await ctx.db
      .collection(COLL.users)
      .doc(u._id)
      .update({ data: { standIn: null } })
}

/** `grid.setStandIn` (street office): names the stand-in, replacing any earlier one of the grid. */
export const setStandIn: Action<'grid.setStandIn', StandInRequest> = {
  roles: ['office'],
  validate: (p) => validateStandIn(p, beijingDay(platformClock())),
  async handle(ctx, req) {
    const grid = await streetGrid(ctx, req.gridId)
    if (grid.retired) throw new AppError('NOT_FOUND', '没有找到这个网格')
    if (!grid.workerOpenid)
      throw new AppError('CONFLICT', '该网格目前没有网格员，请直接邀请新的网格员')
    if (req.openid === grid.workerOpenid)
      throw new AppError('INVALID_INPUT', '代班人不能是本网格的网格员', {
        openid: '请另选一位网格员',
      })
    const who = await findById<UserDoc>(ctx.db, COLL.users, req.openid)
    // A worker of another street is not this office's to name (nor to learn exists).
    if (!who || who.role !== 'grid_worker' || who.streetId !== grid.streetId)
      throw new AppError('INVALID_INPUT', '代班人须是本街道在职的网格员', {
        openid: '请另选一位网格员',
      })
    const today = beijingDay(ctx.now())
    const other = who.standIn
    if (other && other.gridId !== grid._id && other.to >= today)
      throw new AppError(
        'CONFLICT',
        `${who.name} 已在 ${other.from} 至 ${other.to} 代班另一个网格，请先结束那次代班`,
      )
    const worker = await findById<UserDoc>(ctx.db, COLL.users, grid.workerOpenid)
    await clear(
      ctx,
      (await booked(ctx, grid._id)).filter((u) => u._id !== who._id),
    )
    const at = ctx.now()
    const standIn = { gridId: grid._id, from: req.from, to: req.to }
    const res = await ctx.db
      .collection(COLL.users)
      .where({ _id: who._id, role: 'grid_worker' })
      .update({
        data: {
          standIn: { ...standIn, forOpenid: grid.workerOpenid, setBy: ctx.openid, setAt: at },
        },
      })
    if (!res.stats?.updated) throw new AppError('CONFLICT', '代班人的岗位刚刚有变，请刷新后重试')
    await notify(
      ctx,
      [
        {
          toOpenid: who._id,
          kind: 'task',
          title: `请代班${grid.name}：${req.from} 至 ${req.to}`,
          body: `${worker?.name ?? '网格员'}休假期间，该网格的待办报事和新报事由您处理`,
          page: pageUrl('inbox'),
          refId: grid._id,
        },
      ],
      `standin-${grid._id}`,
    )
    return {
      gridId: grid._id,
      gridName: grid.name,
      workerName: worker?.name ?? '',
      openid: who._id,
      name: who.name,
      from: req.from,
      to: req.to,
    } satisfies StandInView
  },
}

/** `grid.clearStandIn` (street office): the worker is back early; the stand-in's access ends now. */
export const clearStandIn: Action<'grid.clearStandIn', { gridId: string }> = {
  roles: ['office'],
  validate: (p) => ({ gridId: id((p as { gridId?: unknown } | null)?.gridId, '网格编号有误') }),
  async handle(ctx, { gridId }) {
    await streetGrid(ctx, gridId)
    const users = await booked(ctx, gridId)
    await clear(ctx, users)
    return { gridId, cleared: users.length }
  },
}

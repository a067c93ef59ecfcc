import type { ActionContext } from '@server/context'
import { COLL, findById } from '@server/db'
import { getGrid } from '@server/places'
import type { Action } from '@server/router'
import { callerStreetId, requireInScope } from '@server/street-scope'
import { id } from '@shared/checks'
import { AppError } from '@shared/errors'
import { validateGridEdit, type GridEdit } from '@shared/grid/edit'
import { newId } from '@shared/ids'
import { OPEN_STATES } from '@shared/reports'
import type { StreetOwned } from '@shared/streets'

const idOf = (p: unknown) => ({ id: id((p as { id?: unknown } | null)?.id, '网格编号有误') })

/**
 * A grid of the office's street still in service, or NOT_FOUND: a retired grid is never edited
 * again, another street's is not this office's to see (street-scope.ts).
 */
async function activeGrid(ctx: ActionContext, id: string) {
  const grid = await requireInScope(ctx, await getGrid(ctx.db, id), '没有找到这个网格')
  if (grid.retired) throw new AppError('NOT_FOUND', '没有找到这个网格')
  return grid
}

/**
 * `grid.saveGrid` (street office): a new grid (with its outline) or an edit of one (name, party
 * branch, helpers, and the outline when given). Its worker comes by invitation code.
 */
export const saveGrid: Action<'grid.saveGrid', GridEdit> = {
  roles: ['office'],
  validate: validateGridEdit,
  async handle(ctx, g) {
    const { db, now } = ctx
    const streetId = await callerStreetId(ctx)
    const community = await findById<StreetOwned>(db, COLL.communities, g.communityId)
    if (community?.streetId !== streetId)
      throw new AppError('INVALID_INPUT', '没有这个社区', { communityId: '没有这个社区' })
    const fields = {
      communityId: g.communityId,
      name: g.name,
      partyBranch: g.partyBranch,
      helpers: g.helpers,
      updatedAt: now(),
    }
    if (!g.id) {
      const id = newId('g-')
      await db.collection(COLL.grids).add({
        data: {
          _id: id,
          streetId,
          ...fields,
          polygon: g.polygon,
          workerOpenid: '',
          createdAt: now(),
        },
      })
      return { id }
    }
    await activeGrid(ctx, g.id)
    const _ = db.command
    await db
      .collection(COLL.grids)
      .doc(g.id)
      .update({
        data: {
          ...fields,
          helpers: _.set(g.helpers),
          ...(g.polygon ? { polygon: _.set(g.polygon) } : {}),
        },
      })
    return { id: g.id }
  },
}

/**
 * `grid.retireGrid` (street office): the grid keeps its history but takes no new reports and
 * leaves the map. Refused while it still has open reports: they must be transferred first.
 */
export const retireGrid: Action<'grid.retireGrid'> = {
  roles: ['office'],
  validate: idOf,
  async handle(ctx, { id }) {
    const { db, now } = ctx
    const grid = await activeGrid(ctx, id)
    const _ = db.command
    const open = (
      await db
        .collection(COLL.reports)
        .where({ 'handler.id': id, state: _.in(OPEN_STATES) })
        .count()
    ).total
    if (open) throw new AppError('CONFLICT', `该网格还有 ${open} 件未办结的报事，请先转派后再撤销`)
    await db
      .collection(COLL.grids)
      .doc(id)
      .update({ data: { retired: true, retiredAt: now() } })
    if (grid.workerOpenid)
      await db
        .collection(COLL.users)
        .doc(grid.workerOpenid)
        .update({ data: { gridId: '' } })
        .catch(() => undefined)
    return { id }
  },
}

/** `grid.retireWorker` (street office): the worker leaves; the grid waits for a new invitation. */
export const retireWorker: Action<'grid.retireWorker'> = {
  roles: ['office'],
  validate: idOf,
  async handle(ctx, { id }) {
    const { db, now } = ctx
    const grid = await activeGrid(ctx, id)
    if (!grid.workerOpenid) throw new AppError('CONFLICT', '该网格目前没有网格员')
    await db
      .collection(COLL.users)
      .doc(grid.workerOpenid)
      .update({ data: { role: 'resident', gridId: '', retiredAt: now() } })
    await db
      .collection(COLL.grids)
      .doc(id)
      .update({ data: { workerOpenid: '' } })
    return { id }
  },
}

import type { UserDoc } from '@server/context'
import { photoUrl } from './card'
import { COLL, findById } from '@server/db'
import { getBuilding, getCompany, getCompound, getGrid } from '@server/places'
import type { Action } from '@server/router'
import { requireVisible } from '@server/street-scope'
import { isId } from '@shared/checks'
import { AppError } from '@shared/errors'
import type { GridHelper } from '@shared/grid/model'
import { reveal, type Relation } from '@shared/privacy'

/** How the caller stands to a grid (src/shared/privacy.ts): lives there, works it, the office. */
function relationsToGrid(
  gridId: string,
  homeGridId: string | undefined,
  role: string,
  user: { gridId?: string } | null,
): Relation[] {
  const out: Relation[] = []
  if (homeGridId === gridId) out.push('gridResident')
  if (role === 'grid_worker' && user?.gridId === gridId) out.push('handler')
  if (role === 'office') out.push('office')
  return out.length ? out : ['neighbour']
}

/**
 * `grid.mine`: 我的网格员 — the grid of the caller's bound home, or (from the map) any grid.
 * Phone numbers and WeChat ids follow the privacy table's workerContact row: residents of that
 * grid, its own worker and the street office; a resident of another grid sees who is
 * responsible, and reaches them through 报网格员, not by phone. Only the caller's street's grids
 * (street-scope.ts).
 */
export const mine: Action<'grid.mine'> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  validate(p) {
    const g = (p as { gridId?: unknown } | null)?.gridId
    if (g !== undefined && !isId(g)) throw new AppError('INVALID_INPUT', '网格不正确')
    return { gridId: g as string | undefined }
  },
  async handle(ctx, { gridId }) {
    const { db, cloud, user, role } = ctx
    const home = user?.address
    const building = home ? await getBuilding(db, home.buildingId) : null
    const id = gridId ?? building?.gridId
    if (!id) throw new AppError('NOT_FOUND', '请先绑定居住地址，才能找到您的网格员')
    // Another street's grid is, for a caller of this street, one that does not exist.
    const grid = await requireVisible(ctx, await getGrid(db, id), '没有找到这个网格')
    if (grid.retired) throw new AppError('NOT_FOUND', '没有找到这个网格')
    const mineGrid = building?.gridId === id
    const rel = relationsToGrid(id, building?.gridId, role, user)
    const contact = (v: string | undefined) => reveal('workerContact', rel, v ?? '')
    const [w, community, compound] = await Promise.all([
      grid.workerOpenid ? findById<UserDoc>(db, COLL.users, grid.workerOpenid) : null,
      findById<{ name?: string }>(db, COLL.communities, grid.communityId),
      mineGrid && building ? getCompound(db, building.compoundId) : null,
    ])
    const company = compound ? await getCompany(db, compound.propertyCompanyId) : null
    const helpers = ((grid as { helpers?: GridHelper[] }).helpers ?? []).map((h) => ({
      name: h.name,
      kind: h.kind,
      phone: contact(h.phone),
    }))
    return {
      gridId: grid._id,
      gridName: grid.name,
      communityName: community?.name ?? '',
      partyBranch: (grid as { partyBranch?: string }).partyBranch ?? '',
      // Only what the worker (or the office) set on their card: nothing invented.
      worker: w
        ? {
            name: w.name ?? '',
            title: w.title ?? '',
            photo: await photoUrl(cloud, w.photo),
            duties: w.duties ?? '',
            hours: w.hours ?? '',
            wechatId: contact(w.wechatId),
            phone: contact(w.phone),
            phonePublished: Boolean(w.phone),
            onLeave: (w as { onLeave?: boolean }).onLeave === true,
          }
        : null,
      helpers,
      property: company ? { name: company.name, servicePhone: company.servicePhone } : null,
      mine: mineGrid,
    }
  },
}

import type { ActionDef } from '../../../src/server/router'
import { getBuilding, getCompany, getCompound, getGrid } from '../../../src/server/places'
import type { MyGrid } from '../../../src/shared/contracts/grid'
import { AppError } from '../../../src/shared/errors'
import { reveal, type Relation } from '../../../src/shared/privacy'
import type { AddressBinding, GridHelper } from '../../../src/shared/grid/model'

interface WorkerDoc {
  name?: string
  title?: string
  photo?: string
  duties?: string
  hours?: string
  wechatId?: string
  phone?: string
}

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
 * responsible, and reaches them through 报网格员, not by phone.
 */
export const mine: ActionDef<{ gridId?: string }, MyGrid> = {
  roles: ['resident', 'grid_worker', 'property_staff', 'office'],
  validate(p) {
    const g = (p as { gridId?: unknown } | null)?.gridId
    if (g !== undefined && (typeof g !== 'string' || !/^[\w-]{1,64}$/.test(g)))
      throw new AppError('INVALID_INPUT', '网格不正确')
    return { gridId: g as string | undefined }
  },
  async handle({ db, user, role }, { gridId }) {
    const home = (user as { address?: AddressBinding } | null)?.address
    const building = home ? await getBuilding(db, home.buildingId) : null
    const id = gridId ?? building?.gridId
    if (!id) throw new AppError('NOT_FOUND', '请先绑定居住地址，才能找到您的网格员')
    const grid = await getGrid(db, id)
    if (!grid || grid.retired) throw new AppError('NOT_FOUND', '没有找到这个网格')
    const mineGrid = building?.gridId === id
    const rel = relationsToGrid(id, building?.gridId, role, user)
    const contact = (v: string | undefined) => reveal('workerContact', rel, v ?? '')
    const [workerRes, community, compound] = await Promise.all([
      grid.workerOpenid
        ? db.collection('users').where({ _id: grid.workerOpenid }).limit(1).get()
        : { data: [] },
      db.collection('communities').where({ _id: grid.communityId }).limit(1).get(),
      mineGrid && building ? getCompound(db, building.compoundId) : null,
    ])
    const w = workerRes.data[0] as WorkerDoc | undefined
    const company = compound ? await getCompany(db, compound.propertyCompanyId) : null
    const helpers = ((grid as { helpers?: GridHelper[] }).helpers ?? []).map((h) => ({
      name: h.name,
      kind: h.kind,
      phone: contact(h.phone),
    }))
    return {
      gridId: grid._id,
      gridName: grid.name,
      communityName: (community.data[0] as { name?: string } | undefined)?.name ?? '',
      partyBranch: (grid as { partyBranch?: string }).partyBranch ?? '',
      worker: w
        ? {
            name: w.name ?? '',
            title: w.title ?? '网格员',
            photo: w.photo ?? '',
            duties: w.duties ?? '',
            hours: w.hours ?? '',
            wechatId: contact(w.wechatId),
            phone: contact(w.phone),
          }
        : null,
      helpers,
      property: company ? { name: company.name, servicePhone: company.servicePhone } : null,
      mine: mineGrid,
    }
  },
}

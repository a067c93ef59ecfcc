import { AppError } from '../shared/errors'
import type { AddressBinding } from '../shared/grid/model'
import { isCurrentHandler, NO_CONTACT, type OnBehalf, type ReportProxy } from '../shared/reports'
import type { ActionContext, UserDoc } from './context'
import { COLL, findById } from './db'
import { getBuilding } from './places'

/**
 * 代报/代办: THE rules for staff filing a report or an application for a resident, in one place
 * for both create paths. A grid worker files for residents of the grid they hold now (their own
 * or one they stand in for, decided at action time like every handler right); the office for
 * anyone in the street. The record is the resident's (they see it under 我的报事/我的申请 when
 * they have an account); `proxy` says who filed it.
 */

/** Whom a record is for, and who filed it when that was not the person themselves. */
export interface Party {
  /** '' for a person without the mini-program. */
  openid: string
  name: string
  phone: string
  proxy?: ReportProxy
  /** Their bound home: the caller's own, or the resident's filed for (none for a person). */
  address?: AddressBinding
}

const STAFF_ONLY = '只有网格员和街道工作人员可以代居民办理'
const OWN_GRID = '只能为本网格（含代班网格）的居民代办'

/** True when the caller may file for someone living (or, for a person entered by hand, at) `gridId`. */
function mayFileIn(ctx: ActionContext, gridId: string | null): boolean {
  if (ctx.role === 'office') return true
  return !!gridId && isCurrentHandler(ctx, { kind: 'grid', id: gridId })
}

/** The grid of a person's bound home, or null. */
async function homeGrid(ctx: ActionContext, u: UserDoc): Promise<string | null> {
  const b = u.address?.buildingId ? await getBuilding(ctx.db, u.address.buildingId) : null
  return b?.gridId ?? null
}

/**
 * The party a record is for. Without `onBehalf` the caller themselves. With it: FORBIDDEN unless
 * the caller may file for that resident; INVALID_INPUT for an unknown resident or oneself.
 * `placeGridId`: where the matter is, for a person entered by name and phone (no bound home).
 */
export async function partyFor(
  ctx: ActionContext,
  onBehalf: OnBehalf | undefined,
  placeGridId: string | null,
): Promise<Party> {
  const self = {
    openid: ctx.openid,
    name: ctx.user?.name ?? '',
    phone: ctx.user?.phone ?? '',
    address: ctx.user?.address,
  }
  if (!onBehalf) return self
  if (ctx.role !== 'grid_worker' && ctx.role !== 'office')
    throw new AppError('FORBIDDEN', STAFF_ONLY)
  const proxy: ReportProxy = { openid: ctx.openid, role: ctx.role, name: self.name }
  if (onBehalf.kind === 'person') {
    if (!mayFileIn(ctx, placeGridId)) throw new AppError('FORBIDDEN', OWN_GRID)
    return { openid: '', name: onBehalf.name, phone: onBehalf.phone, proxy }
  }
  if (onBehalf.openid === ctx.openid)
    throw new AppError('INVALID_INPUT', '为自己办理请直接提交，不用代办', {
      onBehalf: '请选择居民',
    })
  const u = await findById<UserDoc>(ctx.db, COLL.users, onBehalf.openid)
  if (!u || u.role !== 'resident' || !u.address)
    throw new AppError('INVALID_INPUT', '找不到这位居民，请按地址重新查找', {
      onBehalf: '请重新选择居民',
    })
  if (!mayFileIn(ctx, await homeGrid(ctx, u))) throw new AppError('FORBIDDEN', OWN_GRID)
  return { openid: u._id, name: u.name ?? '', phone: u.phone ?? '', proxy, address: u.address }
}

/**
 * The no-callback rule: a report reaches its reporter by a verified phone, or the reporter said
 * 不需要回电. A person entered by hand always has a phone (the validator requires it).
 */
export function requireContact(party: Party, noCallback: boolean | undefined): void {
  if (!party.phone && !noCallback)
    throw new AppError('INVALID_INPUT', NO_CONTACT, { noCallback: NO_CONTACT })
}

/**
 * The grid worker who filed a record for a resident reads it afterwards while they hold the grid
 * of `buildingId` (the resident's home, or where the matter is) — decided when they look, like
 * every handler right: a worker who has left the grid no longer reads what they filed there.
 */
export async function filerHoldsGrid(
  ctx: ActionContext,
  proxy: ReportProxy | undefined,
  buildingId: string | undefined,
): Promise<boolean> {
  if (!proxy || !ctx.openid || proxy.openid !== ctx.openid || ctx.role !== 'grid_worker')
    return false
  const b = buildingId ? await getBuilding(ctx.db, buildingId) : null
  return mayFileIn(ctx, b?.gridId ?? null)
}

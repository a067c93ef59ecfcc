import { AppError } from '../shared/errors'
import type { Street, StreetOwned, StreetScope } from '../shared/streets'
import type { ActionContext } from './context'
import { COLL, findById, type CollectionName, type Database, type Query } from './db'

/**
 * THE home of "which street is this caller in" and of scoping every query by it (issue 20): a
 * district runs its streets as tenants of one environment, and an office user of one street must
 * neither see nor touch another street's data. Staff carry their street on their role
 * (`users.streetId`, set by the seed or the invitation they redeemed); a resident's street is the
 * street of the home they bound; the district sees every street. Callers use `scoped()` /
 * `requireInScope()` here instead of adding `streetId` to queries by hand.
 */

const NONE: StreetScope = { kind: 'none' }
const memo = new WeakMap<ActionContext, Promise<StreetScope>>()

/** The caller's scope, decided once per call (the context is per call). */
export function callerScope(ctx: ActionContext): Promise<StreetScope> {
  let p = memo.get(ctx)
  if (!p) memo.set(ctx, (p = decide(ctx)))
  return p
}

async function decide(ctx: ActionContext): Promise<StreetScope> {
  if (!ctx.openid) return NONE
  if (ctx.role === 'district') return { kind: 'district' }
  const u = ctx.user
  if (ctx.role !== 'resident') return u?.streetId ? { kind: 'street', streetId: u.streetId } : NONE
  return streetScopeOf(await homeStreetId(ctx.db, u?.address?.buildingId))
}

const streetScopeOf = (id: string | null | undefined): StreetScope =>
  id ? { kind: 'street', streetId: id } : NONE

/** The street of a building (a resident's bound home, a report's place), or null. */
export async function homeStreetId(db: Database, buildingId?: string): Promise<string | null> {
  if (!buildingId) return null
  const b = await findById<StreetOwned>(db, COLL.buildings, buildingId)
  return b?.streetId ?? null
}

/** True when `doc` belongs to what the scope may see (the district: every street). */
export function inScope(scope: StreetScope, doc: StreetOwned | null | undefined): boolean {
  if (scope.kind === 'district') return true
  return scope.kind === 'street' && !!doc && doc.streetId === scope.streetId
}

/** Why a street-only action is refused to a caller outside any one street. */
function refuse(scope: StreetScope): never {
  if (scope.kind === 'district')
    throw new AppError('FORBIDDEN', '区级账号只能查看和督办，不能办理街道的事务')
  throw new AppError('FORBIDDEN', '您的账号尚未归属任何街道，请联系街道工作人员')
}

/**
 * The caller's one street, for writes and a street's own work (its ledger, staff, queue): the
 * district and callers without a street are refused.
 */
export async function callerStreetId(ctx: ActionContext): Promise<string> {
  const scope = await callerScope(ctx)
  if (scope.kind !== 'street') refuse(scope)
  return scope.streetId
}

/**
 * The street onboarding writes into (grid.importStreet): an office's own — naming another is
 * NOT_FOUND; the district onboards streets not yet staffed, so it names the one it imports into.
 * The only street-wide write open to the district.
 */
export async function onboardingStreetId(ctx: ActionContext, named?: string): Promise<string> {
  const scope = await callerScope(ctx)
  if (scope.kind === 'street') {
    if (named && named !== scope.streetId) throw new AppError('NOT_FOUND', '没有这个街道')
    return scope.streetId
  }
  if (scope.kind !== 'district') refuse(scope)
  if (!named) throw new AppError('INVALID_INPUT', '请选择要导入的街道', { streetId: '请选择街道' })
  if (!(await findStreet(ctx.db, named))) throw new AppError('NOT_FOUND', '没有这个街道')
  return named
}

/**
 * The caller's street, or null for the district and callers without one: for readers of a
 * street's settings, who then see the district's defaults.
 */
export async function callerStreetIdIfAny(ctx: ActionContext): Promise<string | null> {
  const scope = await callerScope(ctx)
  return scope.kind === 'street' ? scope.streetId : null
}

/**
 * `where` narrowed to the caller's street; the district reads every street, or the one it names
 * (`streetId`: its drill-down). A caller with no street is refused.
 */
export async function scopedWhere<W extends object>(
  ctx: ActionContext,
  where: W,
  streetId?: string,
): Promise<W & { streetId?: string }> {
  const scope = await callerScope(ctx)
  if (scope.kind === 'district') return streetId ? { ...where, streetId } : where
  if (scope.kind !== 'street') refuse(scope)
  return { ...where, streetId: scope.streetId }
}

/** A query on `coll` narrowed to the caller's street (see scopedWhere). */
export async function scoped(
  ctx: ActionContext,
  coll: CollectionName,
  where: object = {},
  streetId?: string,
): Promise<Query> {
  return ctx.db.collection(coll).where(await scopedWhere(ctx, where, streetId))
}

/**
 * The object, when it is in the caller's street (or the caller is the district); otherwise
 * NOT_FOUND — the same answer as for an id that does not exist, so another street's ids can't be
 * probed.
 */
export async function requireInScope<T extends StreetOwned>(
  ctx: ActionContext,
  doc: T | null,
  notFound: string,
): Promise<T> {
  if (!doc || !inScope(await callerScope(ctx), doc)) throw new AppError('NOT_FOUND', notFound)
  return doc
}

/**
 * The street whose shared data (places, grids, who can be sent a report, open reports nearby) the
 * caller sees: their own. undefined = every street's: the district, and a caller with no street
 * yet (a resident choosing the home they will bind). Staff and residents with a home never see
 * another street's.
 */
export async function visibleStreetId(ctx: ActionContext): Promise<string | undefined> {
  return (await callerStreetIdIfAny(ctx)) ?? undefined
}

/**
 * The object when the caller may see its street (visibleStreetId), else NOT_FOUND — an id of
 * another street answers as one that does not exist.
 */
export async function requireVisible<T extends StreetOwned>(
  ctx: ActionContext,
  doc: T | null,
  notFound: string,
): Promise<T> {
  const mine = await visibleStreetId(ctx)
  if (!doc || (mine !== undefined && doc.streetId !== mine))
    throw new AppError('NOT_FOUND', notFound)
  return doc
}

/** A street's settings, or null. */
export const findStreet = (db: Database, id: string) => findById<Street>(db, COLL.streets, id)

/** The settings of the caller's street (null for the district and callers without one). */
export async function callerStreet(ctx: ActionContext): Promise<Street | null> {
  const scope = await callerScope(ctx)
  return scope.kind === 'street' ? findStreet(ctx.db, scope.streetId) : null
}

/** Every street, in the order of their ids (the district's side-by-side view). */
export async function allStreets(db: Database): Promise<Street[]> {
  const { data } = await db.collection(COLL.streets).orderBy('_id', 'asc').limit(100).get()
  return data as Street[]
}

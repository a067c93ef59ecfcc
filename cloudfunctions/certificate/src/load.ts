import type { ActionContext, Database } from '@server/context'
import type { StoredApplication } from '@server/certificates/model'
import { addressLabel } from '@server/certificates/people'
import { toAppDetail } from '@server/certificates/view'
import { COLL, findById } from '@server/db'
import { filerHoldsGrid } from '@server/on-behalf'
import { requireInScope } from '@server/street-scope'
import { id } from '@shared/checks'
import type { ApplicationDetail, VerificationView } from '@shared/contracts/certificate'
import { AppError } from '@shared/errors'

export async function findByRequest(
  db: Database,
  openid: string,
  requestId: string,
): Promise<StoredApplication | null> {
  const { data } = await db
    .collection(COLL.applications)
    .where({ requestKey: `${openid}:${requestId}` })
    .limit(1)
    .get()
  return (data[0] as StoredApplication | undefined) ?? null
}

/** An application's id as the actions take it. */
export const applicationId = (v: unknown) => id(v, '申请编号不正确')

/**
 * The application if the caller may see it: its applicant, or the office of its street. Anyone
 * else gets NOT_FOUND, the same answer as for an id that does not exist, so ids can't be probed.
 */
export async function loadVisible(ctx: ActionContext, id: string): Promise<StoredApplication> {
  const a = await findById<StoredApplication>(ctx.db, COLL.applications, id)
  const missing = '没有找到这份申请'
  if (a && a.applicantOpenid === ctx.openid) return a
  if (!a || ctx.role !== 'office') throw new AppError('NOT_FOUND', missing)
  return requireInScope(ctx, a, missing)
}

/**
 * For reading: as loadVisible, and also for the grid worker who filed it (代办) while they hold
 * the applicant's grid (on-behalf.ts) — only to read; acting on it stays the applicant's.
 */
export async function loadReadable(
  ctx: ActionContext,
  id: string,
): Promise<{ a: StoredApplication; filer: boolean }> {
  const a = await findById<StoredApplication>(ctx.db, COLL.applications, id)
  if (a && (await filerHoldsGrid(ctx, a.proxy, a.form.address?.buildingId)))
    return { a, filer: true }
  return { a: await loadVisible(ctx, id), filer: false }
}

export async function detailOf(
  ctx: ActionContext,
  a: StoredApplication,
  filer = false,
): Promise<ApplicationDetail> {
  const { data } = await ctx.db
    .collection(COLL.verifications)
    .where({ applicationId: a._id })
    .orderBy('at', 'desc')
    .limit(50)
    .get()
  const verifications: VerificationView[] = (
    data as Array<{ at: Date; verifier: string; channel: string }>
  ).map((v) => ({
    at: new Date(v.at).toISOString(),
    verifier: v.verifier || '匿名查验',
    channel: v.channel,
  }))
  return toAppDetail(a, ctx, {
    address: await addressLabel(ctx.db, a.form.address),
    verifications,
    filer,
  })
}

import type { StoredApplication } from '@server/certificates/model'
import { toAppSummary } from '@server/certificates/view'
import { COLL, paged } from '@server/db'
import type { Action } from '@server/router'
import { callerStreetId } from '@server/street-scope'
import { oneOf, page } from '@shared/checks'
import { isCertificateTypeKey, type CertificateTypeKey } from '@shared/certificates'
import type { CertificateActions, QueueFilter } from '@shared/contracts/certificate'
import { AppError } from '@shared/errors'
import { PAGE } from './read'

type Res = CertificateActions['certificate.queue']['res']
type Req = { filter: QueueFilter; typeKey?: CertificateTypeKey; page: number }
const FILTERS: QueueFilter[] = [
  'all',
  'submitted',
  'needMaterial',
  'approved',
  'rejected',
  'revoked',
]

function validate(p: unknown): Req {
  const v = (p ?? {}) as Record<string, unknown>
  const filter = oneOf(v.filter, FILTERS, 'submitted', '没有这个筛选条件')
  if (v.typeKey !== undefined && !isCertificateTypeKey(v.typeKey))
    throw new AppError('INVALID_INPUT', '没有这种证明')
  return { filter, typeKey: v.typeKey as CertificateTypeKey | undefined, page: page(v.page) }
}

/**
 * `certificate.queue` (street office): applications by state and type. 待审核 oldest first
 * (first come, first served, and the nearest deadline on top); the others newest first.
 */
export const queue: Action<'certificate.queue', Req> = {
  roles: ['office'],
  validate,
  async handle(ctx, { filter, typeKey, page }) {
    // The office's own street only (street-scope.ts).
    const streetId = await callerStreetId(ctx)
    const where = (f: QueueFilter) => ({
      streetId,
      ...(f === 'all' ? {} : { state: f }),
      ...(typeKey ? { typeKey } : {}),
    })
    const query = ctx.db
      .collection(COLL.applications)
      .where(where(filter))
      .orderBy('createdAt', filter === 'submitted' ? 'asc' : 'desc')
    const { rows, hasMore } = await paged<StoredApplication>(query, page, PAGE)
    const totals = await Promise.all(
      FILTERS.map((f) => ctx.db.collection(COLL.applications).where(where(f)).count()),
    )
    return {
      items: rows.map((a) => toAppSummary(a, ctx)),
      hasMore,
      counts: Object.fromEntries(FILTERS.map((f, i) => [f, totals[i].total])) as Res['counts'],
    }
  },
}

import { CERT_ZERO, type CertificateSums, type Period } from '../../shared/figures'
import { COLL, type Database } from '../db'
import { dayEnd, dayStart } from '../../shared/time'

/**
 * Certificate figures: a grouped aggregation over the period's applications (by state), never
 * the applications themselves. The report figures come from rollups (rollup-read.ts).
 */
const GROUPS_MAX = 1000

/** Certificate applications filed in the period (Beijing days), grouped by state. */
export async function certificateSums(
  db: Database,
  p: Period,
  streetId?: string,
): Promise<CertificateSums> {
  const $ = db.command.aggregate
  const { list } = await db
    .collection(COLL.applications)
    .aggregate()
    .match({
      ...(streetId ? { streetId } : {}),
      createdAt: db.command.gte(dayStart(p.from)).and(db.command.lte(dayEnd(p.to))),
    })
    .group({
      _id: '$state',
      n: $.sum(1),
      ms: $.sum($.subtract(['$certificate.issuedAt', '$createdAt'])),
    })
    .limit(GROUPS_MAX)
    .end()
  const out = { ...CERT_ZERO }
  for (const r of list as Array<{ _id: string; n: number; ms: number }>) {
    out.received += r.n
    if (r._id === 'approved' || r._id === 'revoked') {
      out.issued += r.n
      out.processMsSum += r.ms
    }
    if (r._id === 'rejected') out.rejected += r.n
    if (r._id === 'submitted' || r._id === 'needMaterial') out.pending += r.n
  }
  return out
}

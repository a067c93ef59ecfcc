import {
  CERT_ZERO,
  p90Rank,
  SUM_KEYS,
  SUM_OF,
  ZERO,
  type CertificateSums,
  type DueSums,
  type Percentiles,
  type Period,
  type Sums,
} from '../../shared/figures'
import type { Scope } from '../../shared/contracts/stats'
import { COLL, type Database } from '../db'
import { dayEnd, dayStart } from '../../shared/time'
import { dueIn, receivedIn } from './scope'

/**
 * The database's evaluator of src/shared/figures: grouped aggregations that return sums per key,
 * never the reports. Groups are few (days, categories, grids, companies): the limit is generous.
 */
const GROUPS_MAX = 1000

/** `$group` accumulators for `Sums`, straight from SUM_OF (one meaning, two evaluators). */
function sumSpec(db: Database): Record<string, object> {
  const $ = db.command.aggregate
  return Object.fromEntries(
    SUM_KEYS.map((k) => [k, $.sum(SUM_OF[k] === 1 ? 1 : `$fig.${SUM_OF[k]}`)]),
  )
}

const keyOf = (row: { _id: unknown }) => (row._id === null ? '' : String(row._id))

function rows<T>(list: unknown[], zero: T): Map<string, T> {
  const out = new Map<string, T>()
  for (const r of list as Array<{ _id: unknown } & Record<string, number>>) {
    const { _id, ...rest } = r
    out.set(keyOf({ _id }), { ...zero, ...rest })
  }
  return out
}

/** Sums of the reports received in the period, grouped by a field (`null`: one group ''). */
export async function receivedSums(
  db: Database,
  p: Period,
  scope: Scope,
  by: string | null,
): Promise<Map<string, Sums>> {
  const { list } = await db
    .collection(COLL.reports)
    .aggregate()
    .match(receivedIn(db.command, p, scope))
    .group({ _id: by ? `$${by}` : null, ...sumSpec(db) })
    .limit(GROUPS_MAX)
    .end()
  return rows(list, ZERO)
}

/** Due and on-time counts of the reports due in the period, grouped by a field. */
export async function dueSums(
  db: Database,
  p: Period,
  scope: Scope,
  by: string | null,
): Promise<Map<string, DueSums>> {
  const $ = db.command.aggregate
  const { list } = await db
    .collection(COLL.reports)
    .aggregate()
    .match(dueIn(db.command, p, scope))
    .group({
      _id: by ? `$${by}` : null,
      due: $.sum(1),
      resolvedInTime: $.sum('$fig.resolvedInTime'),
    })
    .limit(GROUPS_MAX)
    .end()
  return rows(list, { due: 0, resolvedInTime: 0 })
}

/** The nearest-rank 90th percentile of a duration: a count, then one row at that rank. */
async function percentile(db: Database, p: Period, scope: Scope, field: string) {
  const _ = db.command
  const where = { ...receivedIn(_, p, scope), [field]: _.gte(0) }
  const { total } = await db.collection(COLL.reports).where(where).count()
  if (!total) return null
  const { data } = await db
    .collection(COLL.reports)
    .where(where)
    .orderBy(field, 'asc')
    .skip(p90Rank(total))
    .limit(1)
    .get()
  const row = data[0] as { fig?: Record<string, number> } | undefined
  return row?.fig?.[field.slice(4)] ?? null
}

export async function percentiles(db: Database, p: Period, scope: Scope): Promise<Percentiles> {
  const [p90AcceptMin, p90ResolveMin] = await Promise.all([
    percentile(db, p, scope, 'fig.acceptMin'),
    percentile(db, p, scope, 'fig.resolveMin'),
  ])
  return { p90AcceptMin, p90ResolveMin }
}

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

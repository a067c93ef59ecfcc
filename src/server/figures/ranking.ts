import type { PulledDown, Ranking } from '../../shared/contracts/stats'
import { rankCompanies, ROLL_ZERO, type CompanyTally, type Period } from '../../shared/figures'
import { categoryLabel } from '../../shared/reports'
import type { ActionContext } from '../context'
import { COLL, loadAll, type Database } from '../db'
import type { StoredReport } from '../reports/model'
import { AppError } from '../../shared/errors'
import { callerScope } from '../street-scope'
import { dayRange } from './scope'
import { periodSums } from './rollup-read'

/**
 * Each company's quarter in one street (or every street), from the companies' daily rollups
 * (received and due cohorts): the street's companies are read, every company's rollups summed.
 */
async function tallies(db: Database, period: Period, streetId?: string): Promise<CompanyTally[]> {
  const [companies, sums] = await Promise.all([
    loadAll<{ _id: string; name: string }>(
      db,
      COLL.propertyCompanies,
      streetId ? { streetId } : {},
    ),
    periodSums(db, period, { kind: 'company' }, true),
  ])
  return companies.map((c) => {
    const s = sums.byKey.get(c._id) ?? ROLL_ZERO
    const d = s
    return {
      id: c._id,
      name: c.name,
      received: s.received,
      rated: s.rated,
      satisfied: s.satisfied,
      resolvedEver: s.resolvedEver,
      reopened: s.reopened,
      due: d.due,
      resolvedInTime: d.resolvedInTime,
    }
  })
}

const PULLED_MAX = 50

/** The quarter's reports that lowered a company's score: unsatisfied, reopened, resolved late. */
async function pulledDown(db: Database, companyId: string, p: Period): Promise<PulledDown[]> {
  const _ = db.command
  const mine = { 'handler.kind': 'property', 'handler.id': companyId }
  const find = (where: object) =>
    db
      .collection(COLL.reports)
      .where({ ...mine, ...where })
      .orderBy('createdAt', 'desc')
      .limit(PULLED_MAX)
      .get()
      .then(({ data }) => data as StoredReport[])
  const [unhappy, reopened, late] = await Promise.all([
    find({ 'fig.day': dayRange(_, p), 'fig.rated': 1, 'fig.satisfied': 0 }),
    find({ 'fig.day': dayRange(_, p), 'fig.reopened': 1 }),
    find({ 'fig.dueDay': dayRange(_, p), 'fig.resolvedInTime': 0 }),
  ])
  const out = new Map<string, PulledDown>()
  const add = (rs: StoredReport[], reason: string) => {
    for (const r of rs) {
      const row = out.get(r._id) ?? {
        id: r._id,
        no: r.no,
        category: categoryLabel(r.categoryKey),
        area: r.place.area ?? '',
        reasons: [],
        createdAt: new Date(r.createdAt).toISOString(),
      }
      row.reasons.push(reason)
      out.set(r._id, row)
    }
  }
  add(unhappy, '不满意')
  add(reopened, '重新办理')
  add(late, '未按时办结')
  return [...out.values()]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, PULLED_MAX)
}

/** 红黑榜 of a quarter: the office sees every company; property staff only their own. */
export async function buildRanking(
  ctx: ActionContext,
  quarter: string,
  period: Period,
): Promise<Ranking> {
  // The companies of the caller's street; the district's: every street's.
  const scope = await callerScope(ctx)
  const streetId = scope.kind === 'street' ? scope.streetId : undefined
  if (scope.kind === 'none') throw new AppError('FORBIDDEN', '您的账号尚未归属任何街道')
  const standings = rankCompanies(await tallies(ctx.db, period, streetId))
  if (ctx.role === 'office' || ctx.role === 'district') return { quarter, period, standings }
  const own = ctx.user?.companyId ?? ''
  return {
    quarter,
    period,
    standings: standings.filter((s) => s.id === own),
    pulledDown: own ? await pulledDown(ctx.db, own, period) : [],
  }
}

import { rate } from './definitions'

/**
 * 红黑榜: property companies per quarter, by published rules. A company with few reports is pulled
 * toward the street's mean (Bayesian shrinkage: PRIOR_WEIGHT imaginary reports at the street's
 * rate), so three lucky or unlucky reports do not put it at the top or the bottom.
 */
export const RANKING_RULES = {
  /** How many reports' worth of the street's mean each rate starts with. */
  priorWeight: 10,
  weights: { satisfaction: 0.5, onTime: 0.3, notReopened: 0.2 },
  /** 红榜: the best `redCount` whose score is at least `redMin`. 黑榜: a score under `blackUnder`. */
  redCount: 3,
  redMin: 85,
  blackUnder: 70,
} as const

export const RANKING_TEXT = [
  '每季度按物业公司计分：满意率占 50%，按时办结率占 30%，未被重新办理的比例占 20%，满分 100。',
  `报事少的公司不因几条报事大起大落：每项比率都先加上 ${RANKING_RULES.priorWeight} 条按全街道平均水平计的“虚拟报事”再计算。`,
  `得分最高且不低于 ${RANKING_RULES.redMin} 分的前 ${RANKING_RULES.redCount} 名上红榜；得分低于 ${RANKING_RULES.blackUnder} 分的上黑榜。`,
] as const

/** What a company's quarter adds up to (from the same sums as the dashboard). */
export interface CompanyTally {
  id: string
  name: string
  received: number
  rated: number
  satisfied: number
  due: number
  resolvedInTime: number
  resolvedEver: number
  reopened: number
}

export interface Standing extends CompanyTally {
  rank: number
  score: number
  satisfaction: number | null
  onTimeRate: number | null
  reopenedShare: number | null
  list: 'red' | 'black' | null
}

/** How a standing's list is named on the page and in the export. */
export const LIST_LABEL: Record<NonNullable<Standing['list']>, string> = {
  red: '红榜',
  black: '黑榜',
}

/** A rate pulled toward `prior` by `m` imaginary cases; the prior alone when there are none. */
export function shrink(n: number, d: number, prior: number, m: number = RANKING_RULES.priorWeight) {
  return (n + m * prior) / (d + m)
}

/** Scores, orders and marks the companies; ties by more reports, then by name. */
export function rankCompanies(tallies: readonly CompanyTally[]): Standing[] {
  const sum = (k: keyof CompanyTally) => tallies.reduce((s, t) => s + (t[k] as number), 0)
  // The street's means (all companies pooled); an empty street counts as perfect, not as zero.
  const prior = {
    sat: rate(sum('satisfied'), sum('rated')) ?? 1,
    onTime: rate(sum('resolvedInTime'), sum('due')) ?? 1,
    reopen: rate(sum('reopened'), sum('resolvedEver')) ?? 0,
  }
  const w = RANKING_RULES.weights
  const scored = tallies.map((t) => {
    const s =
      w.satisfaction * shrink(t.satisfied, t.rated, prior.sat) +
      w.onTime * shrink(t.resolvedInTime, t.due, prior.onTime) +
      w.notReopened * (1 - shrink(t.reopened, t.resolvedEver, prior.reopen))
    return {
      ...t,
      score: Math.round(s * 1000) / 10,
      satisfaction: rate(t.satisfied, t.rated),
      onTimeRate: rate(t.resolvedInTime, t.due),
      reopenedShare: rate(t.reopened, t.resolvedEver),
    }
  })
  scored.sort(
    (a, b) => b.score - a.score || b.received - a.received || a.name.localeCompare(b.name, 'zh'),
  )
  return scored.map((s, i) => ({
    ...s,
    rank: i + 1,
    list:
      i < RANKING_RULES.redCount && s.score >= RANKING_RULES.redMin
        ? 'red'
        : s.score < RANKING_RULES.blackUnder
          ? 'black'
          : null,
  }))
}

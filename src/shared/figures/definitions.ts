import type { ReportFacts } from './facts'

/**
 * The street office's figures, defined once. Both evaluators — the database's grouped
 * aggregation (src/server/figures) and the plain-TypeScript one below (tests, small lists) — reduce
 * reports to the same `Sums`; `figuresOf` turns sums into rates, so a rate means one thing.
 */

/** Additive per-report counts over the reports RECEIVED in a period (by `fig.day`). */
export interface Sums {
  received: number
  valid: number
  acceptedInTime: number
  /** Reports accepted at least once, and their minutes to the first acceptance, summed. */
  acceptN: number
  acceptMinSum: number
  resolvedEver: number
  resolveN: number
  resolveMinSum: number
  rated: number
  satisfied: number
  reopened: number
  escalated: number
  escResolved: number
  escOpen: number
}

/** Additive counts over the reports DUE in a period (resolve deadline inside it). */
export interface DueSums {
  due: number
  resolvedInTime: number
}

/** The sum field → the fact it adds up (1 for `received`). `$sum` skips nulls, as here. */
export const SUM_OF: Record<keyof Sums, keyof ReportFacts | 1> = {
  received: 1,
  valid: 'valid',
  acceptedInTime: 'acceptedInTime',
  acceptN: 'accepted',
  acceptMinSum: 'acceptMin',
  resolvedEver: 'resolvedEver',
  resolveN: 'resolved',
  resolveMinSum: 'resolveMin',
  rated: 'rated',
  satisfied: 'satisfied',
  reopened: 'reopened',
  escalated: 'escalated',
  escResolved: 'escResolved',
  escOpen: 'escOpen',
}
export const SUM_KEYS = Object.keys(SUM_OF) as Array<keyof Sums>

export const ZERO: Sums = Object.fromEntries(SUM_KEYS.map((k) => [k, 0])) as unknown as Sums

/** One report's contribution to each sum. */
export function sumsOfFacts(f: ReportFacts): Sums {
  const out = { ...ZERO }
  for (const k of SUM_KEYS) {
    const how = SUM_OF[k]
    const v = how === 1 ? 1 : f[how]
    out[k] = typeof v === 'number' ? v : 0
  }
  return out
}

/** Adds two rows of counts field by field. */
export function addSums<T extends object>(a: T, b: T): T {
  const out = { ...a } as Record<string, number>
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + (v as number)
  return out as T
}

/** A share as a fraction with 4 decimals, or null when the base is empty (shown as —). */
export const rate = (n: number, d: number): number | null =>
  d > 0 ? Math.round((n / d) * 10000) / 10000 : null
const mean = (sum: number, n: number): number | null =>
  n > 0 ? Math.round((sum / n) * 10) / 10 : null

/** Certificate applications received in the period. */
export interface CertificateSums {
  received: number
  issued: number
  rejected: number
  pending: number
  /** Milliseconds from application to the certificate, summed over the issued ones. */
  processMsSum: number
}
export const CERT_ZERO: CertificateSums = {
  received: 0,
  issued: 0,
  rejected: 0,
  pending: 0,
  processMsSum: 0,
}

/** The figures of one period and scope. */
export interface Figures {
  received: number
  /** 响应率 */
  responseRate: number | null
  due: number
  /** 按时办结率 */
  onTimeRate: number | null
  rated: number
  /** 满意率 */
  satisfaction: number | null
  /** 评价率 (share rated) */
  ratedShare: number | null
  avgAcceptMin: number | null
  p90AcceptMin: number | null
  avgResolveMin: number | null
  p90ResolveMin: number | null
  /** 重新办理率 */
  reopenedShare: number | null
  escalations: { total: number; resolved: number; open: number; other: number }
  certificates: {
    received: number
    issued: number
    rejected: number
    pending: number
    avgProcessMin: number | null
  }
}

export interface Percentiles {
  p90AcceptMin: number | null
  p90ResolveMin: number | null
}

/** Sums → figures: THE arithmetic of every rate. */
export function figuresOf(
  s: Sums,
  d: DueSums,
  p: Percentiles,
  c: CertificateSums = CERT_ZERO,
): Figures {
  return {
    received: s.received,
    responseRate: rate(s.acceptedInTime, s.valid),
    due: d.due,
    onTimeRate: rate(d.resolvedInTime, d.due),
    rated: s.rated,
    satisfaction: rate(s.satisfied, s.rated),
    ratedShare: rate(s.rated, s.resolvedEver),
    avgAcceptMin: mean(s.acceptMinSum, s.acceptN),
    p90AcceptMin: p.p90AcceptMin,
    avgResolveMin: mean(s.resolveMinSum, s.resolveN),
    p90ResolveMin: p.p90ResolveMin,
    reopenedShare: rate(s.reopened, s.resolvedEver),
    escalations: {
      total: s.escalated,
      resolved: s.escResolved,
      open: s.escOpen,
      other: s.escalated - s.escResolved - s.escOpen,
    },
    certificates: {
      received: c.received,
      issued: c.issued,
      rejected: c.rejected,
      pending: c.pending,
      avgProcessMin: mean(c.processMsSum / 60_000, c.issued),
    },
  }
}

/** The rank of the 90th percentile among n sorted values (nearest-rank), 0-based. */
export const p90Rank = (n: number) => Math.ceil(0.9 * n) - 1

/** The 90th percentile (nearest rank) of some values, or null for none. */
export function p90(values: readonly number[]): number | null {
  if (!values.length) return null
  return [...values].sort((a, b) => a - b)[p90Rank(values.length)]
}

/**
 * Every figure's meaning, in the words the dashboard shows under the number. The computation
 * above and in src/server/figures follows these sentences; change both together.
 */
export const DEFINITIONS = {
  received: '收到：期内（北京时间，含首尾两天）提交的报事条数，含不予受理和合并的重复报事。',
  responseRate:
    '响应率：期内收到的有效报事（不含不予受理、重复报事）中，在受理时限内受理的比例；转派后按新承办方的受理截止时间计。',
  onTimeRate:
    '按时办结率：办结截止时间落在期内的有效报事中，在截止时间前办结且办结有效（未被重新办理）的比例；重新办理后按新的截止时间计。',
  satisfaction:
    '满意率：期内收到并已评价的报事中，评 4–5 星或回访“满意”“基本满意”的比例；有回访记录时以回访为准，评价多次的以最后一次为准，每条只计一次。',
  ratedShare: '评价率：期内收到且办结过的报事中，居民评价过或街道回访过的比例。',
  acceptTime:
    '受理用时：从提交到首次受理的分钟数，列出平均数和第 90 百分位（九成报事不超过此时长，按 5 分钟、10 分钟……1 天、2 天……30 天的档位向上取整）。',
  resolveTime: '办结用时：从提交到现行办结的分钟数，列出平均数和第 90 百分位（同上按档位取整）。',
  reopenedShare: '重新办理率：期内收到且办结过的报事中，被居民要求重新办理过的比例。',
  escalations:
    '吹哨：期内收到的报事中被吹哨上报（承办方或系统超时）的条数，以及其现在已办结、仍在办理、不予受理或合并的条数。',
  certificates:
    '在线办事：期内提交的证明申请条数，已出证、未通过、待办的条数，以及从申请到出证的平均用时。',
} as const

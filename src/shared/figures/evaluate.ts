import {
  addSums,
  CERT_ZERO,
  figuresOf,
  p90,
  sumsOfFacts,
  ZERO,
  type CertificateSums,
  type DueSums,
  type Figures,
  type Sums,
} from './definitions'
import { factsOf, type FactsInput, type ReportFacts } from './facts'
import type { Period } from './period'
import { rungOf } from './rollup'
import { beijingDay, type Instant } from '../time'

/**
 * The plain-TypeScript evaluator of the definitions: over a list of reports in memory. The
 * server never uses it on the reports collection (that is the database's job); tests compare
 * the database's answers with it, and it documents the meaning in code a reader can follow.
 */

/** The 90th percentile read to its rung of the ladder, as the rollups' histograms give it. */
function p90OnLadder(values: number[]): number | null {
  const v = p90(values)
  return v === null ? null : rungOf(v)
}

const inPeriod = (day: string, p: Period) => day >= p.from && day <= p.to

export function sumsOver(facts: readonly ReportFacts[]): Sums {
  return facts.reduce<Sums>((s, f) => addSums(s, sumsOfFacts(f)), { ...ZERO })
}

export function dueSumsOver(facts: readonly ReportFacts[], p: Period): DueSums {
  const due = facts.filter((f) => f.dueDay !== null && inPeriod(f.dueDay, p))
  return { due: due.length, resolvedInTime: due.filter((f) => f.resolvedInTime).length }
}

export interface ApplicationInput {
  state: string
  createdAt: Instant
  certificate?: { issuedAt: Instant } | null
}

const ms = (at: Instant) => new Date(at).getTime()

export function certificateSums(apps: readonly ApplicationInput[], p: Period): CertificateSums {
  return apps
    .filter((a) => inPeriod(beijingDay(a.createdAt), p))
    .reduce<CertificateSums>(
      (s, a) => {
        const issued = a.state === 'approved' || a.state === 'revoked'
        return addSums(s, {
          received: 1,
          issued: issued ? 1 : 0,
          rejected: a.state === 'rejected' ? 1 : 0,
          pending: a.state === 'submitted' || a.state === 'needMaterial' ? 1 : 0,
          processMsSum: issued && a.certificate ? ms(a.certificate.issuedAt) - ms(a.createdAt) : 0,
        })
      },
      { ...CERT_ZERO },
    )
}

/** Every figure of a period over reports (already narrowed to a scope) and applications. */
export function computeFigures(
  reports: readonly FactsInput[],
  p: Period,
  apps: readonly ApplicationInput[] = [],
): Figures {
  const facts = reports.map(factsOf)
  const received = facts.filter((f) => inPeriod(f.day, p))
  return figuresOf(
    sumsOver(received),
    dueSumsOver(facts, p),
    {
      p90AcceptMin: p90OnLadder(
        received.flatMap((f) => (f.acceptMin === null ? [] : [f.acceptMin])),
      ),
      p90ResolveMin: p90OnLadder(
        received.flatMap((f) => (f.resolveMin === null ? [] : [f.resolveMin])),
      ),
    },
    certificateSums(apps, p),
  )
}

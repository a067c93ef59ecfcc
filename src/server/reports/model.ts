import type { ReportFacts } from '../../shared/figures'
import type { Report, ReportEvent } from '../../shared/reports'
import { FORMATS, formatBeijing } from '../../shared/time'
import { COLL, findById, type Database } from '../db'
import { nextInSequence } from '../counters'
import { reportPrefixOf, type Street } from '../../shared/streets'

/**
 * A report as stored: the shared Report plus what only the server's clocks need. The timeline
 * lives inside the document, so a transition (state, version, event) is one conditional update.
 */
export interface StoredReport extends Report {
  /** The street of its place (its grid's): whose office sees it (src/server/street-scope.ts). */
  streetId?: string
  /** When the running clock started: creation, or the last transfer, dispatch or reopening. */
  clockStart?: Date
  /** Which clocks have had their 80% reminder, and which ran out (each happens once). */
  reminded?: { accept?: boolean; resolve?: boolean }
  overdue?: boolean
  /** The description's search terms (shared/reports/search-terms.ts), for the office's search. */
  terms?: string[]
  /** The figures' facts as of the last step (src/shared/figures/facts.ts). */
  fig?: ReportFacts
  /** Photos WeChat found unacceptable (media-verdict.ts): only the office still sees them. */
  hiddenFiles?: string[]
}
export type StoredEvent = ReportEvent

/**
 * The street's prefix (its settings' `code`, BS by default) + Beijing date + the day's sequence
 * number in that street: short enough to read out on the phone, and unique within the street.
 */
export async function nextReportNo(db: Database, streetId: string, at: Date): Promise<string> {
  const day = formatBeijing(at, FORMATS.compact)
  const [street, seq] = await Promise.all([
    findById<Street>(db, COLL.streets, streetId),
    nextInSequence(db, `report-${streetId}-${day}`),
  ])
  return `${reportPrefixOf(street)}${day}-${String(seq).padStart(4, '0')}`
}

/** A report by id, or null. */
export const findReport = (db: Database, id: string) => findById<StoredReport>(db, COLL.reports, id)

/** The report a caller filed with this requestId (a retried submit), or null. */
export async function findByRequest(
  db: Database,
  openid: string,
  requestId: string,
): Promise<StoredReport | null> {
  const { data } = await db
    .collection(COLL.reports)
    .where({ requestKey: `${openid}:${requestId}` })
    .limit(1)
    .get()
  return (data[0] as StoredReport | undefined) ?? null
}

import { AppError } from '../errors'
import { isMobilePhone, normalizePhone } from '../identity/phone'

/**
 * Finding a report by words, served by an index (no text index exists on CloudBase and a regex
 * is a scan): the description's terms are stored in `terms`, an indexed array (multikey), and a
 * search asks for reports holding ALL of the query's terms.
 *
 * Terms are character BIGRAMS, as search engines index Chinese without a dictionary (Lucene's
 * CJK bigrams): Chinese has no spaces and no word segmenter fits a cloud function, while any
 * 2+ character piece of the text ("声控灯", "下水井") is found by its bigrams. A run of latin
 * letters or digits counts as one character ("5号楼" → 5号, 号楼) and also stands alone as a
 * term, so "LED" or "12" are found. Bigrams never cross punctuation or spaces.
 */

/** One search's longest query, in characters: more terms only narrow further. */
export const QUERY_MAX = 40
/** A query yields at most this many terms (the longest text a resident reads out is shorter). */
const QUERY_TERMS_MAX = 24

/** A text's units: latin/digit runs lowercased, every other letter alone; per segment. */
function segments(text: string): string[][] {
  const out: string[][] = []
  for (const seg of text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)) {
    const units = seg.match(/[a-z0-9]+|[^a-z0-9]/gu)
    if (units?.length) out.push(units)
  }
  return out
}

/** The terms of a text, each once: bigrams of adjacent units, plus latin/digit runs alone. */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>()
  for (const units of segments(text)) {
    units.forEach((u, i) => {
      if (/^[a-z0-9]/.test(u)) terms.add(u)
      if (i > 0) terms.add(units[i - 1] + u)
    })
  }
  return [...terms]
}

/** What the office typed in the search box, as the query it means. */
export type ReportQuery =
  | { kind: 'no'; no: string }
  | { kind: 'phone'; phone: string }
  | { kind: 'words'; terms: string[] }

/** 报事编号: BS + 8-digit Beijing date + 4 digits (BS-DEMO-1 in the demo data). */
const NO_PATTERN = /^BS[-0-9A-Z]{1,20}$/

/**
 * A report number (BS…, any case, spaces ignored), a mobile number (exact, as stored), or words.
 * INVALID_INPUT for a query with nothing to search by.
 */
export function parseReportQuery(input: unknown): ReportQuery {
  if (typeof input !== 'string' || input.length > QUERY_MAX)
    throw new AppError('INVALID_INPUT', `搜索内容应为 1–${QUERY_MAX} 个字`)
  const q = input.normalize('NFKC').trim()
  const compact = q.replace(/\s+/g, '').toUpperCase()
  if (NO_PATTERN.test(compact)) return { kind: 'no', no: compact }
  if (isMobilePhone(q)) return { kind: 'phone', phone: normalizePhone(q) }
  const terms = searchTerms(q)
  if (!terms.length)
    throw new AppError('INVALID_INPUT', '请输入报事编号、报事人手机号，或描述里至少两个连续的字')
  return { kind: 'words', terms: terms.slice(0, QUERY_TERMS_MAX) }
}

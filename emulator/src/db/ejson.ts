import { BSONRegExp, EJSON } from 'bson'
import { isPlainObject, type Doc } from './values'
import { invalidParam } from './errors'
import { jsonDepthExceeds } from '../json'

/**
 * How deep a query, update or document may nest — MongoDB's own limit. The SDK sends these as
 * strings inside the /tcb body, so the body's depth limit does not see them; everything that
 * walks them (EJSON's reviver, normalize, the matcher) recurses.
 */
export const MAX_DOCUMENT_DEPTH = 100

/**
 * The SDK sends queries, updates and documents as EJSON strings (canonical: `$numberInt`,
 * `$date`, `$regularExpression`) and parses our replies with EJSON. Here they become plain JS
 * values: numbers, Dates, RegExps; `serverDate()` (`{ $tcb_server_date: { offset } }`) becomes
 * the emulator clock's time plus the offset.
 */
export function decode(text: unknown, now: number): unknown {
  if (text === undefined || text === null || text === '') return undefined
  if (typeof text === 'string' && jsonDepthExceeds(text, MAX_DOCUMENT_DEPTH))
    throw invalidParam(`nested deeper than ${MAX_DOCUMENT_DEPTH} levels`)
  const raw = typeof text === 'string' ? EJSON.parse(text, { relaxed: true }) : text
  return normalize(raw, now)
}

export function normalize(v: unknown, now: number): unknown {
  if (v instanceof BSONRegExp) return new RegExp(v.pattern, v.options.replace(/[^imsu]/g, ''))
  if (Array.isArray(v)) return v.map((x) => normalize(x, now))
  if (isPlainObject(v)) {
    const sd = v.$tcb_server_date as { offset?: number } | undefined
    if (sd && Object.keys(v).length === 1) return new Date(now + (Number(sd.offset) || 0))
    const out: Doc = {}
    for (const k of Object.keys(v)) out[k] = normalize(v[k], now)
    return out
  }
  if (
    v !== null &&
    typeof v === 'object' &&
    typeof (v as { toNumber?: unknown }).toNumber === 'function'
  ) {
    return (v as { toNumber(): number }).toNumber()
  }
  return v
}

export function encode(doc: unknown): string {
  return EJSON.stringify(doc as Doc, { relaxed: true })
}

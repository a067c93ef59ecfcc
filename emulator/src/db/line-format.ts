import { isPlainObject, type Doc } from './values'

/**
 * nedb's line format, kept so existing data folders still open (see Collection): one JSON
 * document per line, dates as `{"$$date": ms}`; and nedb's checks of what may be stored.
 */

/** nedb's deep copy: Dates kept, other non-plain values dropped to what JSON would keep. */
function copy(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || v instanceof Date) return v
  if (Array.isArray(v)) return v.map(copy)
  const out: Doc = {}
  for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k)) out[k] = copy((v as Doc)[k])
  return out
}

function checkKeys(v: unknown): void {
  if (Array.isArray(v)) return v.forEach(checkKeys)
  if (typeof v !== 'object' || v === null || v instanceof Date) return
  for (const k of Object.keys(v)) {
    if (k[0] === '$') throw new Error('Field names cannot begin with the $ character')
    if (k.includes('.')) throw new Error('Field names cannot contain a .')
    checkKeys((v as Doc)[k])
  }
}

/** The copy of a document that is stored: deep-copied, its field names checked as nedb did. */
export function prepare(doc: Doc): Doc {
  const d = copy(doc) as Doc
  checkKeys(d)
  return d
}

export function serialize(doc: Doc): string {
  return JSON.stringify(doc, function (this: Doc, k, v) {
    const raw = this[k]
    if (raw instanceof Date) return { $$date: raw.getTime() }
    return v
  })
}

/**
 * Parses a line; dates come back as Dates. `intern` shares one copy of each short string
 * (states, ids, names repeat across 100,000s of documents): a third less memory at load.
 */
export function deserialize(line: string, intern?: Map<string, string>): Doc {
  const doc = JSON.parse(line) as Doc
  return intern || line.includes('"$$date"') ? (revive(doc, intern) as Doc) : doc
}

function revive(v: unknown, intern?: Map<string, string>): unknown {
  if (typeof v === 'string') {
    if (!intern || v.length > 40) return v
    const seen = intern.get(v)
    if (seen !== undefined) return seen
    if (intern.size < 200_000) intern.set(v, v)
    return v
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = revive(v[i], intern)
    return v
  }
  if (!isPlainObject(v)) return v
  const keys = Object.keys(v)
  if (keys.length === 1 && keys[0] === '$$date') return new Date(v.$$date as number)
  for (const k of keys) v[k] = revive(v[k], intern)
  return v
}

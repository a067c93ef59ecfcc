import {
  CERTIFICATE_TYPE_KEYS,
  CERTIFICATE_TYPES,
  type CertificateTypeKey,
} from '../../shared/certificates'
import type { CatalogueEntry, CatalogueSettings } from '../../shared/contracts/certificate'
import { COLL, type Database } from '../db'

/**
 * The catalogue = the built-in types (forms, attachments, guides live in src/shared, reviewed
 * like code) + what the street office set in `certificate_types` (on/off, time limit, validity,
 * whether 告知承诺 is accepted). Types have no row until the office first saves one.
 */
export async function loadCatalogue(db: Database): Promise<CatalogueEntry[]> {
  const { data } = await db.collection(COLL.certificateTypes).limit(100).get()
  const saved = new Map((data as Array<CatalogueSettings & { _id: string }>).map((s) => [s._id, s]))
  return CERTIFICATE_TYPE_KEYS.map((k) => entryOf(k, saved.get(k)))
}

export async function catalogueEntry(
  db: Database,
  key: CertificateTypeKey,
): Promise<CatalogueEntry> {
  return (await loadCatalogue(db)).find((t) => t.key === key) as CatalogueEntry
}

function entryOf(
  key: CertificateTypeKey,
  s: Partial<CatalogueSettings> | undefined,
): CatalogueEntry {
  const t = CERTIFICATE_TYPES[key]
  return {
    key,
    name: t.name,
    aliases: t.aliases,
    fields: t.fields,
    purposes: t.purposes,
    attachments: t.attachments,
    promise: s?.promiseAllowed === false ? null : t.promise,
    timeLimitDays: s?.timeLimitDays ?? t.timeLimitDays,
    validityMonths: s?.validityMonths ?? t.validityMonths,
    guide: t.guide,
    enabled: s?.enabled ?? true,
  }
}

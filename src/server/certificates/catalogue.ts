import {
  CERTIFICATE_TYPE_KEYS,
  CERTIFICATE_TYPES,
  type CertificateTypeKey,
} from '../../shared/certificates'
import type { CatalogueEntry, CatalogueSettings } from '../../shared/contracts/certificate'
import { COLL, type Database } from '../db'
import { docsById, streetDocId } from '../settings'

/**
 * The catalogue = the built-in types (forms, attachments, guides live in src/shared, reviewed
 * like code) + what a street's office set in `certificate_types` (on/off, time limit, validity,
 * whether 告知承诺 is accepted). Each street keeps its own rows (`<type>-<street>`); a type a
 * street has not saved follows the district's row (`<type>`), else the built-in settings.
 */
export async function loadCatalogue(
  db: Database,
  streetId?: string | null,
): Promise<CatalogueEntry[]> {
  const own = (k: string) => (streetId ? [streetDocId(k, streetId)] : [])
  const saved = await docsById<CatalogueSettings>(
    db,
    COLL.certificateTypes,
    CERTIFICATE_TYPE_KEYS.flatMap((k) => [...own(k), k]),
  )
  return CERTIFICATE_TYPE_KEYS.map((k) =>
    entryOf(k, (streetId && saved.get(streetDocId(k, streetId))) || saved.get(k)),
  )
}

export async function catalogueEntry(
  db: Database,
  key: CertificateTypeKey,
  streetId?: string | null,
): Promise<CatalogueEntry> {
  return (await loadCatalogue(db, streetId)).find((t) => t.key === key) as CatalogueEntry
}

/** Stores a street's settings of one type (its own row: other streets keep theirs). */
export async function saveCatalogueType(
  db: Database,
  streetId: string,
  s: CatalogueSettings,
  at: Date,
): Promise<void> {
  const { key, enabled, timeLimitDays, validityMonths, promiseAllowed } = s
  await db
    .collection(COLL.certificateTypes)
    .doc(streetDocId(key, streetId))
    .set({
      data: {
        key,
        streetId,
        enabled,
        timeLimitDays,
        validityMonths,
        promiseAllowed,
        updatedAt: at,
      },
    })
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

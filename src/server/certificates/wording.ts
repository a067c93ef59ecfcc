import {
  CERTIFICATE_TYPE_KEYS,
  DEFAULT_TEXTS,
  textOf,
  type CertificateWording,
} from '../../shared/certificates'
import type { WordingView } from '../../shared/contracts/certificate'
import { AppError } from '../../shared/errors'
import { issuerOf, type Street } from '../../shared/streets'
import { COLL, type Database } from '../db'
import { findStreet } from '../street-scope'

/** A street's certificate wording as its office edits it, with the generic wording beside it. */
export function wordingView(street: Street): WordingView {
  const texts = Object.fromEntries(CERTIFICATE_TYPE_KEYS.map((k) => [k, textOf(street, k)]))
  return {
    issuer: issuerOf(street),
    texts: texts as CertificateWording['texts'],
    defaults: { issuer: issuerOf({ name: street.name }), texts: DEFAULT_TEXTS },
  }
}

/** The street's settings, or NOT_FOUND (a staff role pointing at a street that is not set up). */
export async function requireStreet(db: Database, streetId: string): Promise<Street> {
  const street = await findStreet(db, streetId)
  if (!street) throw new AppError('NOT_FOUND', '没有找到本街道的设置，请联系区里的管理员')
  return street
}

/** Writes the wording into the street's own settings; other streets' stay as they are. */
export async function storeWording(
  db: Database,
  streetId: string,
  w: CertificateWording,
  at: Date,
): Promise<void> {
  await requireStreet(db, streetId)
  await db
    .collection(COLL.streets)
    .doc(streetId)
    .update({
      data: { issuer: w.issuer, certificateTexts: db.command.set(w.texts), updatedAt: at },
    })
}

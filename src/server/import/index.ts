import type { ImportError, ImportResult } from '../../shared/contracts/street-import'
import type { Database } from '../db'
import { parseWorkbook } from './parse'
import { SHEETS } from './sheets'
import { planImport } from './validate'
import { loadStreet, writeImport } from './write'

/** At most this many errors are listed (a file full of errors needs a fresh look, not a list). */
export const MAX_ERRORS = 500

/**
 * Imports a street's workbook: parse, check everything against the file and the street's items,
 * and only when nothing is wrong write it all in one transaction (write.ts).
 */
export async function importStreet(
  db: Database,
  streetId: string,
  bytes: Buffer,
  at: Date,
): Promise<ImportResult> {
  const errors: ImportError[] = []
  const { parsed, columnOf } = await parseWorkbook(bytes, errors)
  const existing = await loadStreet(db, streetId)
  const plan = planImport(parsed, existing, streetId, columnOf, errors)
  if (errors.length) {
    // Sheet by sheet in the template's order, then by row: the order the office fixes them in.
    const order = (e: ImportError) =>
      (SHEETS.findIndex((d) => d.name === e.sheet) + 1) * 1e6 + e.row
    return {
      errors: errors.sort((a, b) => order(a) - order(b)).slice(0, MAX_ERRORS),
      imported: null,
      streetId,
    }
  }
  return { errors: [], imported: await writeImport(db, plan, existing, at), streetId }
}

/**
 * Onboarding a street from a spreadsheet (issue 20 point 2): the template, and the import that
 * checks everything first. Every problem names its sheet, row and column, in Chinese.
 */
export interface ImportError {
  /** 楼栋 */
  sheet: string
  /** The spreadsheet's own row number (1 = the header row); 0 for the sheet as a whole. */
  row: number
  /** The column letter (C) with its header: `C 小区编号`; '' for a whole row or sheet. */
  column: string
  message: string
}

export type ImportKind = 'communities' | 'companies' | 'compounds' | 'grids' | 'buildings'

export interface ImportCounts {
  created: number
  updated: number
}

export interface ImportResult {
  /** Every problem found; when any, nothing was written. */
  errors: ImportError[]
  /** Per sheet, what the import wrote; null when it wrote nothing. */
  imported: Record<ImportKind, ImportCounts> | null
  /** The street the file was imported into. */
  streetId: string
}

/** An outside system's Open311 key as the office sees it (never the secret after issuing). */
export interface ApiKeyView {
  id: string
  name: string
  createdAt: string
  revoked: boolean
}

/** A street as the import page lists it (the district picks one). */
export interface StreetBrief {
  id: string
  name: string
  /** Its report numbers' opening letters. */
  code: string
}

export interface StreetImportActions {
  /** The streets an import can go into: the district's every street, an office's own. */
  'grid.streets': { req: Record<string, never>; res: { streets: StreetBrief[] } }
  /**
   * A new, empty street (district): name and two-letter code, both unique in the district; its
   * data comes by grid.importStreet.
   */
  'grid.createStreet': { req: { name: string; code: string }; res: StreetBrief }
  /** The street's Open311 API keys (street office). */
  'grid.apiKeys': { req: Record<string, never>; res: { keys: ApiKeyView[] } }
  /**
   * A new key for an outside system (a 12345 centre) filing into the caller's street; `key` is
   * shown this once — only its hash is stored (street office).
   */
  'grid.issueApiKey': { req: { name: string }; res: { id: string; key: string } }
  /** Stops a key at once (street office). */
  'grid.revokeApiKey': { req: { id: string }; res: { id: string } }
  /** The template .xlsx with example rows and a 说明 sheet (street office, district). */
  'grid.importTemplate': { req: Record<string, never>; res: { fileID: string; url: string } }
  /**
   * Imports an uploaded .xlsx (the caller's own upload) into the caller's street — the district
   * names the street (`streetId`): validates all, then writes all or nothing; a row whose 编号
   * exists is updated, not added (street office, district).
   */
  'grid.importStreet': { req: { fileID: string; streetId?: string }; res: ImportResult }
}

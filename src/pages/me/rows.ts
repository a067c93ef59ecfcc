import type { Role } from '@shared/roles'

/** The rows of 我的 that are not the same for everyone. */
export type MeRow = 'myReports' | 'address' | 'apply' | 'join'

/**
 * Which of them each role uses (issue 16: 我的 shows only what the role uses). Residents report,
 * bind their home and apply; a grid worker also reports what they find on their rounds (in their
 * own grid); property staff and the office do neither, and have no home to bind here.
 */
const ROWS: Record<Role, readonly MeRow[]> = {
  resident: ['myReports', 'address', 'apply', 'join'],
  grid_worker: ['myReports'],
  property_staff: [],
  office: [],
  district: [],
}

export function usesRow(role: Role, row: MeRow): boolean {
  return ROWS[role].includes(row)
}

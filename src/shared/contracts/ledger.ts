/** One row of 网格台账: a grid with its people and how its reports went. */
export interface GridLedgerRow {
  gridId: string
  gridName: string
  communityName: string
  workerName: string
  helpers: number
  /** Residents who bound a home in the grid. */
  households: number
  open: number
  overdue: number
  /** Average minutes from report to acceptance / to 已办结; null when none yet. */
  avgAcceptMin: number | null
  avgResolveMin: number | null
  /** Average stars (1–5) of rated reports; null when none rated. */
  satisfaction: number | null
  rated: number
  total: number
}

/** One row per grid worker: what they personally handled. */
export interface WorkerLedgerRow {
  openid: string
  name: string
  gridName: string
  accepted: number
  resolved: number
  avgAcceptMin: number | null
  avgResolveMin: number | null
  satisfaction: number | null
}

export interface Ledger {
  grids: GridLedgerRow[]
  workers: WorkerLedgerRow[]
  generatedAt: string
  /** 代班 not yet ended (current or booked), one per grid at most: 网格管理 shows them. */
  standIns: StandInView[]
}

import type { GridEdit } from '../grid/edit'
import type { StandInView } from './grid'

export interface LedgerActions {
  /** 网格台账 (street office). */
  'grid.ledger': { req: Record<string, never>; res: Ledger }
  /** The same as an .xlsx in cloud storage: one sheet per view. */
  'grid.exportLedger': { req: Record<string, never>; res: { fileID: string; url: string } }
  /** Add a grid (with its outline) or edit one (street office). */
  'grid.saveGrid': { req: Omit<GridEdit, 'polygon'> & { polygon?: string }; res: { id: string } }
  /** Retire a grid with no open reports; its worker loses it (street office). */
  'grid.retireGrid': { req: { id: string }; res: { id: string } }
  /** The grid's worker leaves (becomes a resident); a new one comes by invitation. */
  'grid.retireWorker': { req: { id: string }; res: { id: string } }
  /**
   * An invitation code that makes its redeemer a grid worker, property staff or office staff
   * (street office). For a grid that has a worker it is refused (CONFLICT, `fields.confirm` =
   * the question: who is replaced, how many open reports move) until sent with `confirm: true`.
   */
  'grid.createInvite': {
    req: {
      role: 'grid_worker' | 'property_staff' | 'office'
      gridId?: string
      companyId?: string
      name: string
      confirm?: boolean
    }
    res: { code: string; expiresAt: string; replaces?: { name: string; openReports: number } }
  }
  /** Property and office staff, for the office to see and remove (street office). */
  'grid.staff': {
    req: Record<string, never>
    res: {
      staff: Array<{
        openid: string
        name: string
        role: 'property_staff' | 'office'
        companyName: string
      }>
    }
  }
  /** A property or office staff member leaves (becomes a resident) (street office). */
  'grid.retireStaff': { req: { openid: string }; res: { openid: string } }
}

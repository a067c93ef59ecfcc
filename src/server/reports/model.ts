import type { Role } from '../../shared/roles'
import type { Handler } from './routing'

export const REPORTS = 'reports'

/** One entry of a report's timeline; appended with every transition, never changed. */
export interface StoredEvent {
  at: Date
  action: string
  byOpenid: string
  byRole: Role | 'system'
  byName: string
  note?: string
  photos?: string[]
}

/**
 * A report as stored. The timeline lives inside the document, so a transition (state, version,
 * event) is one conditional update: all or nothing, and two people can't both accept.
 */
export interface StoredReport {
  _id: string
  no: string
  /** `<openid>:<requestId>`, unique: a retried submit finds the first report instead of a second. */
  requestKey: string
  requestId: string
  reporterOpenid: string
  reporter: { name: string; phone: string }
  target: 'grid' | 'property'
  categoryKey: string
  taxonomyCode: string
  description: string
  photos: string[]
  location: Record<string, unknown>
  place: {
    label: string
    buildingId: string | null
    gridId: string
    communityId: string
    point: [number, number] | null
  }
  urgency: 'normal' | 'urgent'
  state: string
  version: number
  handler: Handler
  deadlines: { acceptBy: Date; resolveBy: Date }
  followers: string[]
  events: StoredEvent[]
  createdAt: Date
  updatedAt: Date
}

/** BS + Beijing date + 4 digits of the id: short enough to read out on the phone. */
export function reportNo(id: string, at: Date): string {
  const bj = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '')
  const digits = [...id].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 10000, 7)
  return `BS${bj}-${String(digits).padStart(4, '0')}`
}

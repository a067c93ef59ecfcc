import type { BoundAddress } from '@shared/contracts/user'
import type { ReportInput } from '@shared/reports'

/** Where the problem is, as the form holds it: the resident's building, or a point on the map. */
export type Place =
  | { kind: 'address'; buildingId: string; label: string; unit?: string; room?: string }
  | { kind: 'point'; latitude: number; longitude: number; address: string }

/** The bound home as the default place (none when the resident has not bound one). */
export function addressPlace(a: BoundAddress | null): Place | null {
  return a
    ? {
        kind: 'address',
        buildingId: a.buildingId,
        label: `${a.buildingName} ${a.unit}`,
        unit: a.unit,
        room: a.room,
      }
    : null
}

/** The place as `report.create` takes it (undefined when none: the validator says so). */
export function toLocation(p: Place | null): ReportInput['location'] {
  if (p?.kind === 'address')
    return { kind: 'address', buildingId: p.buildingId, unit: p.unit, room: p.room }
  if (p) return { kind: 'point', latitude: p.latitude, longitude: p.longitude, address: p.address }
  return undefined as never
}

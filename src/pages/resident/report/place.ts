import type { BoundAddress } from '@shared/contracts/user'
import type { ReportInput } from '@shared/reports'

/**
 * Where the problem is, as the form holds it: a building, or a point on the map with the words
 * the server gave it (grid.locate). The numbers are kept only to send; they are never shown.
 */
export type Place =
  | { kind: 'address'; buildingId: string; label: string; unit?: string; room?: string }
  | { kind: 'point'; latitude: number; longitude: number; label: string }

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

/** The words to show for a place (a draft from before the words existed: a neutral phrase). */
export function placeText(p: Place): string {
  return p.label || '地图上选的位置'
}

/** The place as `report.create` takes it (undefined when none: the validator says so). */
export function toLocation(p: Place | null): ReportInput['location'] {
  if (p?.kind === 'address')
    return { kind: 'address', buildingId: p.buildingId, unit: p.unit, room: p.room }
  if (p) return { kind: 'point', latitude: p.latitude, longitude: p.longitude }
  return undefined as never
}

import { AppError } from './errors'
import { distanceMeters } from './grid/geometry'

/**
 * How a point on the map is said to a person (issue 19 point 3): never as numbers, always by the
 * street's own buildings — the building itself when the point is at it, "<building>附近" when
 * it is close, else the grid. The server decides it from its own data (grid.locate, report.create).
 */

/** Within this of a building's point the place IS the building (a phone's fix is ±20–50 m). */
export const AT_BUILDING_M = 40
/** Beyond this a building no longer tells anyone where the spot is. */
export const NEAR_PLACE_M = 300

export interface KnownPoint {
  name: string
  /** [longitude, latitude], GCJ-02 */
  at: [number, number]
}

/** The words for `point`: the nearest building's name or "<name>附近"; null when none is near. */
export function placeWords(point: [number, number], known: readonly KnownPoint[]): string | null {
  let best: { name: string; d: number } | null = null
  for (const k of known) {
    const d = distanceMeters(point, k.at)
    if (!best || d < best.d) best = { name: k.name, d }
  }
  if (!best || best.d > NEAR_PLACE_M) return null
  return best.d <= AT_BUILDING_M ? best.name : `${best.name}附近`
}

/** `grid.locate`'s input: a GCJ-02 point; INVALID_INPUT (under `location`) for anything else. */
export function validatePoint(input: unknown): { latitude: number; longitude: number } {
  const { latitude: lat, longitude: lng } = (input ?? {}) as Record<string, unknown>
  if (
    typeof lat !== 'number' ||
    typeof lng !== 'number' ||
    !(Math.abs(lat) <= 90) ||
    !(Math.abs(lng) <= 180)
  ) {
    const message = '位置信息无效，请重新选择位置或选择楼栋'
    throw new AppError('INVALID_INPUT', message, { location: message })
  }
  return { latitude: lat, longitude: lng }
}

import { isPlainObject } from './values'

/**
 * Geo queries computed in JS on GeoJSON points (`db.Geo.Point` is stored as
 * `{ type: 'Point', coordinates: [lng, lat] }`). Distances are on a sphere of the earth's mean
 * radius, as MongoDB's 2dsphere does; $maxDistance is in metres, $centerSphere in radians.
 */
export const EARTH_RADIUS_M = 6378100

export type LngLat = [number, number]

export function pointOf(v: unknown): LngLat | null {
  if (isPlainObject(v) && v.type === 'Point' && Array.isArray(v.coordinates)) {
    const [lng, lat] = v.coordinates as number[]
    if (typeof lng === 'number' && typeof lat === 'number') return [lng, lat]
  }
  if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number'))
    return v as LngLat
  return null
}

export function distanceMeters(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180
  const dLat = (b[1] - a[1]) * rad
  const dLng = (b[0] - a[0]) * rad
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Ray casting on lng/lat: fine for the street-sized polygons this app uses. */
export function inRing(p: LngLat, ring: LngLat[]): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]
    const [xj, yj] = ring[j]
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi)
      inside = !inside
  }
  return inside
}

export function inGeometry(p: LngLat, geometry: unknown): boolean {
  if (!isPlainObject(geometry)) return false
  const coords = geometry.coordinates as LngLat[][] | LngLat[][][]
  if (geometry.type === 'Polygon') return inPolygon(p, coords as LngLat[][])
  if (geometry.type === 'MultiPolygon')
    return (coords as LngLat[][][]).some((poly) => inPolygon(p, poly))
  throw new Error(`$geoWithin supports Polygon and MultiPolygon, not ${String(geometry.type)}`)
}

function inPolygon(p: LngLat, rings: LngLat[][]): boolean {
  // The first ring is the outer boundary; later rings are holes.
  return inRing(p, rings[0]) && !rings.slice(1).some((hole) => inRing(p, hole))
}

/** `$geoWithin` operand: `{ $geometry }` or `{ $centerSphere: [[lng, lat], radians] }`. */
export function withinMatches(value: unknown, operand: Record<string, unknown>): boolean {
  const p = pointOf(value)
  if (!p) return false
  if (operand.$centerSphere) {
    const [center, radians] = operand.$centerSphere as [LngLat, number]
    return distanceMeters(p, pointOf(center) as LngLat) <= radians * EARTH_RADIUS_M
  }
  return inGeometry(p, operand.$geometry)
}

/** `$nearSphere`/`$near`: distance filter; the caller sorts by distance. */
export function nearDistance(value: unknown, operand: Record<string, unknown>): number | null {
  const p = pointOf(value)
  const center = pointOf(operand.$geometry ?? operand)
  if (!p || !center) return null
  const d = distanceMeters(p, center)
  if (typeof operand.$maxDistance === 'number' && d > operand.$maxDistance) return null
  if (typeof operand.$minDistance === 'number' && d < operand.$minDistance) return null
  return d
}

/** [longitude, latitude], as GeoJSON and CloudBase's db.Geo store them. */
export type LngLat = [number, number]
/** The first ring is the outline, the others are holes. Rings may be closed or not. */
export type Polygon = LngLat[][]

function bbox(ring: LngLat[]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const [x, y] of ring) {
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x)
    maxY = Math.max(maxY, y)
  }
  return [minX, minY, maxX, maxY]
}

const EPS = 1e-12

function onSegment(p: LngLat, a: LngLat, b: LngLat): boolean {
  const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
  if (Math.abs(cross) > EPS) return false
  return (
    p[0] >= Math.min(a[0], b[0]) - EPS &&
    p[0] <= Math.max(a[0], b[0]) + EPS &&
    p[1] >= Math.min(a[1], b[1]) - EPS &&
    p[1] <= Math.max(a[1], b[1]) + EPS
  )
}

/** Where a point is relative to one ring: inside, outside, or on its boundary. */
function ringSide(p: LngLat, ring: LngLat[]): 'in' | 'out' | 'edge' {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]
    const b = ring[j]
    if (onSegment(p, a, b)) return 'edge'
    // Ray casting to the east; the half-open rule counts a vertex on the ray once.
    if (
      a[1] > p[1] !== b[1] > p[1] &&
      p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]
    ) {
      inside = !inside
    }
  }
  return inside ? 'in' : 'out'
}

/**
 * Point in polygon with holes. A point on an outline edge or vertex counts as inside (a building
 * on a grid's border belongs to a grid rather than none); a point on a hole's edge too.
 */
export function pointInPolygon(p: LngLat, polygon: Polygon): boolean {
  const [outer, ...holes] = polygon
  if (!outer || outer.length < 3) return false
  const [minX, minY, maxX, maxY] = bbox(outer)
  if (p[0] < minX || p[0] > maxX || p[1] < minY || p[1] > maxY) return false
  const side = ringSide(p, outer)
  if (side === 'out') return false
  if (side === 'edge') return true
  return holes.every((h) => ringSide(p, h) !== 'in')
}

/**
 * The grid whose polygon holds the point, or null. Where grids overlap or share a border, the one
 * with the smallest `_id` wins, so the answer does not depend on the order the database returned
 * them in; grids without `_id` are taken in the given order.
 */
export function findGrid<G extends { _id?: string; polygon: Polygon }>(
  p: LngLat,
  grids: readonly G[],
): G | null {
  let best: G | null = null
  for (const g of grids) {
    if (!pointInPolygon(p, g.polygon)) continue
    if (!best || (g._id !== undefined && best._id !== undefined && g._id < best._id)) best = g
  }
  return best
}

const EARTH_RADIUS_M = 6371008.8

/** Great-circle distance in metres (haversine); plenty for "within 50 m". */
export function distanceMeters(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180
  const dLat = (b[1] - a[1]) * rad
  const dLng = (b[0] - a[0]) * rad
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** A polygon's bounding box: [minLng, minLat, maxLng, maxLat] (outline only; holes lie inside). */
export function bboxOf(polygon: Polygon): [number, number, number, number] {
  return bbox(polygon[0] ?? [])
}

/** The bounding box of all polygons: [minLng, minLat, maxLng, maxLat], for drawing. */
export function boundsOf(polygons: Polygon[]): [number, number, number, number] {
  return bbox(polygons.flatMap((p) => p[0] ?? []))
}

/**
 * The area centroid of a polygon's outline (shoelace formula on plain lng/lat, which is exact
 * enough at a street's scale), for placing a label. Falls back to the vertex average when the
 * outline has no area. Holes are ignored: a label may sit over one.
 */
export function centroid(polygon: Polygon): LngLat {
  const ring = polygon[0] ?? []
  const first = ring[0]
  const last = ring[ring.length - 1]
  const pts =
    ring.length > 1 && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring
  if (!pts.length) return [NaN, NaN]
  // Relative to the first vertex, so large lng/lat values do not eat the precision.
  const [ox, oy] = pts[0]
  let a = 0
  let cx = 0
  let cy = 0
  for (let i = 0; i < pts.length; i++) {
    const [x0, y0] = [pts[i][0] - ox, pts[i][1] - oy]
    const j = (i + 1) % pts.length
    const [x1, y1] = [pts[j][0] - ox, pts[j][1] - oy]
    const cross = x0 * y1 - x1 * y0
    a += cross
    cx += (x0 + x1) * cross
    cy += (y0 + y1) * cross
  }
  if (Math.abs(a) < EPS) {
    const n = pts.length
    return [pts.reduce((s, p) => s + p[0], 0) / n, pts.reduce((s, p) => s + p[1], 0) / n]
  }
  return [ox + cx / (3 * a), oy + cy / (3 * a)]
}

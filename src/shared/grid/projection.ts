import { boundsOf, centroid, type LngLat, type Polygon } from './geometry'

/**
 * Drawing the street's grids without map tiles (the H5 网格地图): lng/lat → SVG pixels. Longitude
 * is scaled by cos(latitude) so a square on the ground stays square on screen; a margin keeps
 * the outline off the edge.
 */
export function projector(polygons: Polygon[], width: number, margin = 16) {
  const [minLng, minLat, maxLng, maxLat] = boundsOf(polygons)
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  const spanX = Math.max((maxLng - minLng) * k, 1e-9)
  const spanY = Math.max(maxLat - minLat, 1e-9)
  const scale = (width - 2 * margin) / spanX
  const height = Math.round(spanY * scale + 2 * margin)
  const point = ([lng, lat]: LngLat): [number, number] => [
    Math.round(((lng - minLng) * k * scale + margin) * 10) / 10,
    Math.round(((maxLat - lat) * scale + margin) * 10) / 10,
  ]
  /** SVG `points` of a polygon's outline. */
  const points = (p: Polygon) => (p[0] ?? []).map((c) => point(c).join(',')).join(' ')
  const label = (p: Polygon) => point(centroid(p))
  return { width, height, point, points, label }
}

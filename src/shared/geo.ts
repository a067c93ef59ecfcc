import gcoord from 'gcoord'

/** A position in GCJ-02, the system the server, the grid map and WeChat's maps use. */
export interface Position {
  latitude: number
  longitude: number
}

/**
 * Browsers report WGS-84 (GPS); Chinese maps use GCJ-02, offset by up to a few hundred metres.
 * The one place the conversion happens, so every H5 position is stored like a weapp one.
 */
export function wgs84ToGcj02(p: Position): Position {
  const [longitude, latitude] = gcoord.transform(
    [p.longitude, p.latitude],
    gcoord.WGS84,
    gcoord.GCJ02,
  )
  return { latitude, longitude }
}

/** Why no position, worded with the next step: the settings that allow it, or the building list. */
export class LocationError extends Error {}

export const LOCATION_UNAVAILABLE = '无法获取位置，请选择楼栋'

/** The resident closed the map without choosing: not an error to show. */
export const LOCATION_CANCELLED = '已取消选择位置'

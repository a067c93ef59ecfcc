import { LOCATION_UNAVAILABLE, LocationError, type Position, wgs84ToGcj02 } from '@shared/geo'
import type { LocationService } from './types'

/**
 * The browser's position (WGS-84 — the H5 platform refuses `type: 'gcj02'`), converted to GCJ-02.
 */
function current(): Promise<Position> {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) return reject(new LocationError(LOCATION_UNAVAILABLE))
    navigator.geolocation.getCurrentPosition(
      (p) => resolve(wgs84ToGcj02({ latitude: p.coords.latitude, longitude: p.coords.longitude })),
      (e) =>
        reject(
          new LocationError(
            e.code === e.PERMISSION_DENIED
              ? '请在浏览器设置中允许获取位置，或选择楼栋'
              : LOCATION_UNAVAILABLE,
          ),
        ),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    )
  })
}

export const location: LocationService = { current, choose: current, chooseLabel: '用手机定位' }

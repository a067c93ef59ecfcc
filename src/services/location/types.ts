import type { Position } from '@shared/geo'

/** The phone's current position, always in GCJ-02; rejects with a LocationError when it cannot. */
export interface LocationService {
  current(): Promise<Position>
  /**
   * A point the resident picks (weapp: chooseLocation's map, GCJ-02; H5, which has no map picker:
   * the phone's position). Rejects with a LocationError, or with CANCELLED when they close it.
   */
  choose(): Promise<Position>
  /** The button that starts `choose`: 在地图上选位置 / 用手机定位. */
  chooseLabel: string
}

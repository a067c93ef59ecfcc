import Taro from '@tarojs/taro'
import { LOCATION_CANCELLED, LOCATION_UNAVAILABLE, LocationError, type Position } from '@shared/geo'
import type { LocationService } from './types'

/** WeChat gives GCJ-02 directly; a refusal arrives as an errMsg containing "auth deny". */
async function current(): Promise<Position> {
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' })
    return { latitude, longitude }
  } catch (e) {
    const refused = /auth|deny/i.test(String((e as { errMsg?: string })?.errMsg))
    throw new LocationError(
      refused ? '请在小程序设置中允许使用位置，或选择楼栋' : LOCATION_UNAVAILABLE,
    )
  }
}

/** The map picker, centred on the resident; it needs scope.userLocation like getLocation. */
async function choose(): Promise<Position> {
  try {
    const { latitude, longitude } = await Taro.chooseLocation({})
    return { latitude, longitude }
  } catch (e) {
    const msg = String((e as { errMsg?: string })?.errMsg)
    if (/cancel/i.test(msg)) throw new LocationError(LOCATION_CANCELLED)
    throw new LocationError(
      /auth|deny/i.test(msg) ? '请在小程序设置中允许使用位置，或选择楼栋' : LOCATION_UNAVAILABLE,
    )
  }
}

export const location: LocationService = { current, choose, chooseLabel: '在地图上选位置' }

import Taro from '@tarojs/taro'
import { LOCATION_UNAVAILABLE, LocationError, type Position } from './convert'

/** WeChat gives GCJ-02 directly; a refusal arrives as an errMsg containing "auth deny". */
export async function currentPosition(): Promise<Position> {
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

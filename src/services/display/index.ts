import Taro from '@tarojs/taro'

/** WeChat's font setting as a scale factor (1 = standard); 1 where the platform does not say (H5). */
export function deviceFontScale(): number {
  if (process.env.TARO_ENV !== 'weapp') return 1
  try {
    const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number; fontSizeSetting?: number }
    if (typeof info.fontSizeScaleFactor === 'number' && info.fontSizeScaleFactor > 0)
      return info.fontSizeScaleFactor
    // Older base libraries give only the font size in px; WeChat's standard size is 16 px.
    if (typeof info.fontSizeSetting === 'number' && info.fontSizeSetting > 0)
      return info.fontSizeSetting / 16
  } catch {
    // getAppBaseInfo is missing on very old base libraries: treat as the standard size.
  }
  return 1
}

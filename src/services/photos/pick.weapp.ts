import Taro from '@tarojs/taro'

/** weapp: camera or album through chooseMedia (images only, original size; we compress after). */
export async function pickPhotos(max: number): Promise<string[]> {
  if (max <= 0) return []
  try {
    const r = await Taro.chooseMedia({
      count: max,
      mediaType: ['image'],
      sourceType: ['camera', 'album'],
      sizeType: ['original', 'compressed'],
    })
    return r.tempFiles.map((f) => f.tempFilePath)
  } catch (err) {
    // Cancelling the sheet is not an error for the resident.
    if (/cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? err))) return []
    throw err
  }
}

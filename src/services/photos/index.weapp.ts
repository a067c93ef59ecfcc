import Taro from '@tarojs/taro'
import { encodeToFit } from '@shared/photo-policy'
import { pickPhotos } from './pick.weapp'
import type { CompressedPhoto, PhotoService } from './types'

/**
 * weapp: `Taro.compressImage` with an explicit width (base library ≥ 2.26) and falling quality
 * until the file fits. The temp path it returns is what `Taro.cloud.uploadFile` takes.
 */
export async function compressPhoto(path: string): Promise<CompressedPhoto> {
  const info = await Taro.getImageInfo({ src: path })
  const fs = Taro.getFileSystemManager()
  const { out, width, height } = await encodeToFit(info.width, info.height, async (w, _h, q) => {
    const r = await Taro.compressImage({
      src: path,
      quality: Math.round(q * 100),
      compressedWidth: w,
    } as Taro.compressImage.Option)
    const stat = fs.statSync(r.tempFilePath) as { size: number }
    return { path: r.tempFilePath, size: stat.size }
  })
  return { file: out.path, bytes: out.size, width, height, previewUrl: out.path }
}

/** The app's photo service (weapp): what the RootStore is given. */
export const photos: PhotoService = { pick: pickPhotos, compress: compressPhoto }
